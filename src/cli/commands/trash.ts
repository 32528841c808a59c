/**
 * `copydesk trash delete ID --forever [--data DIR] [--json]`: "Delete forever" from a terminal,
 * through the same handler as the Trash view, so the same refusals apply (not in the trash, ever
 * published, a shared desk). --forever is the confirmation: without it nothing is deleted.
 */
import { openStore } from '../../main/store';
import { parseArticleRef } from '../../shared/article/version';
import { CliError } from '../cli-error';
import { callService } from '../service-call';
import type { CommandContext } from '../command';

const USAGE = 'copydesk trash delete ID --forever';
const photosPart = (photos: number) => (photos ? ` and ${photos === 1 ? 'the 1 photo' : `the ${photos} photos`} only it used` : '');

export async function trashCommand(ctx: CommandContext): Promise<number> {
  const [action, ref, ...extra] = ctx.positionals;
  if (action !== 'delete' || !ref || extra.length > 0)
    throw new CliError(`Usage: ${USAGE} (deletes one article in the trash with all its versions).`, 2);
  const parsed = parseArticleRef(ref);
  if (!parsed || parsed.version !== undefined) throw new CliError(`Name an article by its id, not "${ref}": ${USAGE}`, 2);
  if (!ctx.values.forever)
    throw new CliError(
      `Deleting from the trash takes the article and every version, and cannot be undone: add --forever to confirm (${USAGE}).`,
      2,
    );
  const store = openStore(ctx.dataDir);
  try {
    const plan = await callService(store, 'planErase', { id: parsed.id });
    const erased = await callService(store, 'eraseArticle', { id: parsed.id });
    if (ctx.values.json) ctx.out(JSON.stringify({ id: parsed.id, headline: plan.headline, ...erased }, null, 2));
    else
      ctx.out(
        `Deleted “${plan.headline.trim() || 'Untitled'}” (${parsed.id}) forever, with ${erased.versions === 1 ? '1 version' : `${erased.versions} versions`}${photosPart(erased.photos)}.`,
      );
    return 0;
  } finally {
    store.close();
  }
}
