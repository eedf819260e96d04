"use client";

import { createContext, useContext } from "react";
import type { AgreementView } from "@/lib/views/agreement";

export type AgreementState = { agreement: AgreementView | null; error: string | null; reload: () => Promise<void> };

export const AgreementContext = createContext<AgreementState>({ agreement: null, error: null, reload: async () => {} });
export const useAgreement = () => useContext(AgreementContext);
