import Link from "next/link";
import { AuthCard } from "@/components/auth/AuthCard";

export default function NotFound() {
  return (
    <AuthCard title="Not found" lede="This page does not exist, or you do not have access to it.">
      <Link href="/" className="button">
        Back to articles
      </Link>
    </AuthCard>
  );
}
