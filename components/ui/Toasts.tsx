"use client";

import { Toaster } from "sonner";
import styles from "./Toasts.module.css";

/**
 * The one always-visible, polite live region for what actions did (sonner's toast stack: Alt+T
 * moves the focus into it). Errors stay until dismissed; the rest fade after a few seconds.
 */
export function Toasts() {
  return (
    <Toaster
      position="bottom-right"
      closeButton
      visibleToasts={4}
      containerAriaLabel="Notifications"
      toastOptions={{
        classNames: {
          toast: styles.toast,
          title: styles.title,
          actionButton: styles.action,
          closeButton: styles.close,
          error: styles.error,
          success: styles.success,
        },
      }}
    />
  );
}
