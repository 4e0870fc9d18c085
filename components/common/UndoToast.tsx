import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '@/lib/db/errors';
import { t } from '@/lib/i18n';

export interface UndoOffer {
  /** What happened, e.g. `Deleted "Debugging"`. */
  message: string;
  /** Puts things back as they were. */
  undo: () => Promise<unknown>;
}

type Offer = (offer: UndoOffer) => void;

const UndoContext = createContext<Offer>(() => {});

/** Lets any list editor below offer "Deleted … Undo" in the page's one toast. */
export function useUndo(): Offer {
  return useContext(UndoContext);
}

/** How long the toast stays when nobody is interacting with it. */
export const UNDO_VISIBLE_MS = 12_000;

/**
 * Provides the undo toast. The live region is always in the page (so screen readers
 * announce new messages); the toast stays while hovered or focused, and a new
 * deletion replaces the previous offer.
 */
export function UndoProvider(props: { children: ComponentChildren }) {
  const [offer, setOffer] = useState<UndoOffer | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const held = useRef(false);

  const stopTimer = () => clearTimeout(timer.current);
  const startTimer = () => {
    stopTimer();
    timer.current = setTimeout(() => {
      if (!held.current) setOffer(undefined);
    }, UNDO_VISIBLE_MS);
  };

  const show = useCallback<Offer>((next) => {
    setError('');
    setOffer(next);
    startTimer();
  }, []);

  useEffect(() => stopTimer, []);

  const undo = async () => {
    if (!offer) return;
    setBusy(true);
    try {
      await offer.undo();
      setOffer(undefined);
      stopTimer();
    } catch (e) {
      setError(describeStorageError(e));
    } finally {
      setBusy(false);
    }
  };

  const hold = (on: boolean) => {
    held.current = on;
    if (on) stopTimer();
    else if (offer) startTimer();
  };

  return (
    <UndoContext.Provider value={show}>
      {props.children}
      <div
        class="undo-toast-region"
        role="status"
        aria-live="polite"
        onMouseEnter={() => hold(true)}
        onMouseLeave={() => hold(false)}
        onFocusIn={() => hold(true)}
        onFocusOut={() => hold(false)}
      >
        {offer && (
          <div class="undo-toast">
            <span class="undo-toast-message">{offer.message}</span>
            <button type="button" class="undo-toast-undo" onClick={undo} disabled={busy}>
              {t('commonUndo')}
            </button>
            <button
              type="button"
              class="link undo-toast-dismiss"
              aria-label={t('commonDismiss')}
              onClick={() => {
                setOffer(undefined);
                stopTimer();
              }}
            >
              ×
            </button>
            {error && <p class="error">{error}</p>}
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
