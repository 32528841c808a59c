/** The whole page: one view per hash route. */
import { useEffect } from 'react';
import { useRoute, deskHash } from './route';
import { ToastProvider } from './Toast';
import { DeskView } from '../desk/DeskView';
import { ArticleView } from '../article/ArticleView';
import { HistoryView } from '../history/HistoryView';
import { SettingsView } from '../settings/SettingsView';
import { CompareView } from '../compare/CompareView';
import { BackupsView } from '../backup/BackupsView';
import { onMenuCommand } from '../api/client';
import { navigate } from './route';
import { SyncBar } from '../newsroom/SyncBar';
import { AuditView } from '../newsroom/AuditView';
import { Shortcuts } from './Shortcuts';

export function App(): React.JSX.Element {
  const route = useRoute();
  useEffect(() => onMenuCommand((c) => c === 'desk' && navigate(deskHash())), []);
  return (
    <ToastProvider>
      <SyncBar />
      <Shortcuts />
      {route.view === 'desk' && <DeskView query={route.query} status={route.status} trashed={route.trashed} people={route.people} />}
      {(route.view === 'article' || route.view === 'update') && (
        <ArticleView key={route.id} id={route.id} publishUpdate={route.view === 'update'} />
      )}
      {route.view === 'settings' && <SettingsView />}
      {route.view === 'backups' && <BackupsView />}
      {route.view === 'audit' && <AuditView />}
      {route.view === 'history' && <HistoryView id={route.id} version={route.version} />}
      {route.view === 'compare' && <CompareView id={route.id} from={route.from} to={route.to} />}
      {route.view === 'not-found' && (
        <main className="view">
          <h1>Nothing here</h1>
          <p>Copydesk has no page at “{route.path}”.</p>
          <a href={deskHash()}>Go to the desk</a>
        </main>
      )}
    </ToastProvider>
  );
}
