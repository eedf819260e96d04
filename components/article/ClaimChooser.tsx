"use client";

import * as Popover from "@radix-ui/react-popover";
import { useMemo, type KeyboardEvent } from "react";
import type { ScreenPoint } from "@/lib/editor/claim-highlights";
import { VerdictBadge } from "@/components/claims/VerdictBadge";
import type { ClaimView } from "@/lib/views/claim";
import styles from "./ClaimChooser.module.css";

const QUOTE_PREVIEW = 90;

export type Choice = { claimIds: string[]; at: ScreenPoint };

/**
 * Where claims overlap, a click (or Enter) offers every claim covering the spot: a popover at the
 * spot, its first claim focused, arrows or Tab to move, Enter to open one, Escape to go back to the text.
 */
export function ClaimChooser({ choice, claims, onChoose, onDismiss }: { choice: Choice | null; claims: ClaimView[]; onChoose: (claimId: string) => void; onDismiss: () => void }) {
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const anchor = useMemo(() => ({ current: { getBoundingClientRect: () => DOMRect.fromRect({ x: choice?.at.x ?? 0, y: choice?.at.y ?? 0, width: 0, height: 0 }) } }), [choice]);
  const options = (choice?.claimIds ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return (
    <Popover.Root open={choice !== null && options.length > 0} onOpenChange={(open) => (open ? null : onDismiss())}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content className={styles.chooser} side="bottom" align="start" sideOffset={6} collisionPadding={8} aria-label="Claims here" onCloseAutoFocus={(event) => event.preventDefault()}>
          <p className={styles.title}>{options.length} claims here</p>
          <ul className={styles.list} onKeyDown={moveWithArrows}>
            {options.map((claim) => (
              <li key={claim.id}>
                <button type="button" className={styles.option} onClick={() => onChoose(claim.id)} data-claim-choice={claim.id}>
                  <span className={styles.quote}>“{claim.selector.exact.length > QUOTE_PREVIEW ? `${claim.selector.exact.slice(0, QUOTE_PREVIEW)}…` : claim.selector.exact}”</span>
                  <VerdictBadge verdict={claim.verdict} />
                </button>
              </li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function moveWithArrows(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  event.preventDefault();
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  buttons[(at + (event.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
}
