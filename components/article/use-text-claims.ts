"use client";

import { useCallback, useState } from "react";
import type { ScreenPoint } from "@/lib/editor/claim-highlights";
import type { Choice } from "./ClaimChooser";

/**
 * The claims reached from the text: a click or Enter on one claim opens it; on overlapping claims
 * it offers the choice (ClaimChooser). Also which claims the caret is in, for CaretClaims.
 * `open(id, moveFocus)`: from the keyboard or the chooser, the focus follows to the claim's card.
 */
export function useTextClaims(open: (claimId: string, moveFocus: boolean) => void, backToText: () => void) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [caretIds, setCaretIds] = useState<string[]>([]);
  const onClaimClick = useCallback(
    (claimIds: string[], at: ScreenPoint) => {
      if (claimIds.length > 1) setChoice({ claimIds, at });
      else if (claimIds[0]) open(claimIds[0], Boolean(at.byKeyboard));
    },
    [open],
  );
  const choose = useCallback(
    (claimId: string) => {
      setChoice(null);
      open(claimId, true);
    },
    [open],
  );
  const dismiss = useCallback(() => {
    setChoice(null);
    backToText();
  }, [backToText]);
  return { choice, caretIds, onClaimClick, onCaretClaims: setCaretIds, choose, dismiss };
}
