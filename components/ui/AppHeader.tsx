import Link from "next/link";
import type { Actor } from "@/lib/policies/actor";
import { canManageUsers, canSeeWorkspaceAgreement } from "@/lib/policies/permissions";
import { ROLE_LABELS } from "@/lib/validation/roles";
import { SignOutButton } from "@/components/auth/SignOutButton";
import styles from "./AppHeader.module.css";
import { SearchBox } from "@/components/search/SearchBox";

export function AppHeader({ actor, workCount }: { actor: Actor; workCount: number }) {
  return (
    <header className={`app-header ${styles.header}`}>
      <div className={styles.nav}>
        <Link href="/" className={styles.brand}>
          Claimdesk
        </Link>
        <nav aria-label="Main" className={`${styles.nav} ${styles.links}`}>
          <Link href="/">Articles</Link>
          <Link href="/me" data-testid="my-work-link">
            My work
            {workCount > 0 ? (
              <span className="count" aria-label={`${workCount} waiting`}>
                {workCount}
              </span>
            ) : null}
          </Link>
          {canSeeWorkspaceAgreement(actor) ? <Link href="/agreement">Agreement</Link> : null}
          {canManageUsers(actor) ? <Link href="/admin/users">Users</Link> : null}
          <Link href="/settings">Settings</Link>
        </nav>
      </div>
      <div className={styles.search}>
        <SearchBox />
      </div>
      <div className={styles.user} data-testid="user-menu">
        <span>
          <span className={styles.signedInAs}>Signed in as </span>
          <strong>{actor.name}</strong> <span className={styles.email}>({actor.email})</span>
        </span>
        <span className={`role-badge ${styles.roleBadge}`} data-testid="role-badge">
          {ROLE_LABELS[actor.role]}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
