import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { signInRefusal } from "@/lib/auth/sign-in-guard";

const handler = NextAuth(authOptions);

export { handler as GET };

/** Sign-ins go through the brake on guessing first (lib/auth/sign-in-guard.ts). */
export async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await signInRefusal(request)) ?? handler(request, context);
}
