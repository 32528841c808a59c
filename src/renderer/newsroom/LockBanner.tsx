/**
 * What the article view says about the shared desk: someone else is editing the story (the page
 * is read-only; the chief may take over), the hub is out of reach (edits stay on this computer),
 * or the lock could not be checked.
 */
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useToast } from '../app/Toast';
import { useNewsroomStatus } from './newsroom-status';
import type { StoryLockState } from './useStoryLock';
import { lockLine } from './wording';
import './newsroom.css';

export function LockBanner({ state }: { state: StoryLockState }): React.JSX.Element | null {
  const status = useNewsroomStatus();
  const toast = useToast();
  const [taking, setTaking] = useState(false);
  const { lock, error } = state;
  if (!lock) return null;
  if (!lock.held && lock.lock) {
    const chief = status?.role === 'chief';
    return (
      <div className="banner lock-banner" role="status" data-testid="lock-banner">
        <strong>{lockLine(lock.lock.holder, lock.lock.since)}.</strong> You can read it here; it opens for editing when {lock.lock.holder}{' '}
        closes it.
        {chief && (
          <>
            {' '}
            <button
              type="button"
              disabled={taking}
              onClick={async () => {
                setTaking(true);
                try {
                  await state.takeOver();
                  toast(`You took over the story from ${lock.lock!.holder}.`);
                } catch (e) {
                  toast(`Could not take over: ${errorMessage(e)}`, 'error');
                } finally {
                  setTaking(false);
                }
              }}
            >
              Take over
            </button>
          </>
        )}
      </div>
    );
  }
  if (status?.joined && (lock.offline || status.state === 'offline')) {
    return (
      <div className="banner calm-banner" role="status" data-testid="offline-banner">
        Offline — your edits stay on this computer and sync when the hub is back.
      </div>
    );
  }
  if (status?.joined && error) {
    return (
      <div className="banner calm-banner" role="status">
        Copydesk could not check who else is editing this story: {error.replace(/\.$/, '')}. Your edits are kept and sync as usual.
      </div>
    );
  }
  return null;
}
