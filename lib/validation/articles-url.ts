import { z } from "zod";

/** Only http and https: no javascript:, data: or file: URLs anywhere in Claimdesk. */
export const ZHttpUrl = z
  .url({ protocol: /^https?$/, message: "Use an http or https URL." })
  .max(2048, "URL is too long.");
