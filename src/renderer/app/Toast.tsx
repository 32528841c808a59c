/** Short confirmations and failures, announced to screen readers and gone after a few seconds. */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Tone = 'info' | 'error';
/** One button on a toast, e.g. "Undo" after moving an article to the trash. */
export interface ToastAction {
  label: string;
  run(): void;
}
type Show = (text: string, tone?: Tone, action?: ToastAction) => void;
const ToastContext = createContext<Show>(() => undefined);

export function ToastProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [toasts, setToasts] = useState<{ id: number; text: string; tone: Tone; action?: ToastAction }[]>([]);
  const show = useCallback<Show>((text, tone = 'info', action) => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t.slice(-3), { id, text, tone, action }]);
    // A toast with a button stays long enough to reach it.
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), tone === 'error' || action ? 10_000 : 4000);
  }, []);
  const dismiss = (id: number) => setToasts((t) => t.filter((x) => x.id !== id));
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === 'error' ? 'alert' : undefined}>
            {t.text}
            {t.action && (
              <button type="button" className="toast-action" onClick={() => (dismiss(t.id), t.action!.run())}>
                {t.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = (): Show => useContext(ToastContext);
