import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <h1>Not found</h1>
        <p className="lede">This page does not exist, or you do not have access to it.</p>
        <Link href="/" className="button">
          Back to articles
        </Link>
      </div>
    </main>
  );
}
