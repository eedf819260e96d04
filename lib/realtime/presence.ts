/** A presence not renewed for this long is gone (the page renews it every 15 s). */
export const PRESENCE_TTL_SECONDS = 45;
