/**
 * Who sent a request, as the app's own server saw it (scripts/server-process.mjs sets the header on
 * every request, overwriting any the client sent). Null when the app runs without that server
 * (`npm run dev`): then nothing may be limited per address, or one forged header would do.
 */
export const CLIENT_ADDRESS_HEADER = "x-claimdesk-client-address";

export function clientAddressOf(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const address = Array.isArray(value) ? value[0] : value;
  return address && address !== "unknown" ? address : null;
}
