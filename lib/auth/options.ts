/** next-auth configuration: email + password (Credentials provider), sessions as signed JWT cookies. */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endUserSession, startUserSession } from "@/lib/data/users/user-sessions";
import { verifyCredentials } from "@/lib/data/users/verify-credentials";
import { clearSignInFailures, recordFailedSignIn } from "@/lib/data/auth/sign-in-throttle";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { clientAddressOf } from "./client-address";
import { ZCredentials } from "@/lib/validation/users";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      // The route has already refused an account or address with too many failures (sign-in-guard.ts).
      async authorize(credentials, request) {
        const parsed = ZCredentials.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const actor = await verifyCredentials(parsed.data);
        const address = clientAddressOf(request?.headers ?? {});
        // Counted and logged the same whether the email exists or not: the answer and its time tell nothing.
        if (!actor) {
          await recordFailedSignIn({ email: parsed.data.email, address });
          await recordAudit({ action: "sign_in_failed", email: parsed.data.email, address });
          return null;
        }
        await clearSignInFailures({ email: parsed.data.email });
        await recordAudit({ action: "sign_in", actorId: actor.id, subjectId: actor.id, email: parsed.data.email, address });
        return { id: actor.id, email: actor.email, name: actor.name };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id and the sign-in's session id; role and name are read
    // fresh from the database per request, and the session must still be open (see signOut).
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await startUserSession({ userId: user.id, maxAgeSeconds: SESSION_MAX_AGE_SECONDS });
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub }, sid: token.sid };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endUserSession(token.sid);
      const userId = typeof token?.sub === "string" ? token.sub : null;
      if (userId) await recordAudit({ action: "sign_out", actorId: userId, subjectId: userId, address: await requestAddress() });
    },
  },
};

/** The client address of the request being handled (next-auth's sign-out event is given none). */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddressOf(await headers());
  } catch {
    return null; // outside a request (a script)
  }
}
