/**
 * The widgets' own requests (a configuration file, the ZIP data) go to two origins only: the
 * page's and the hosted files'. A redirect is never followed, so a URL on an allowed origin
 * cannot lead the browser to a third party before we could refuse it; the clinic publishes its
 * files at their final address.
 */

/** `url` (relative to the page) when it is on an allowed origin; throws naming the origin. */
function ownUrl(url: string, filesUrl: string | undefined): URL {
  // Outside a page (Node) there is no page origin: only the files' origin is allowed.
  const page = typeof document === 'undefined' ? undefined : document;
  const target = new URL(url, page?.baseURI);
  // `self.origin`: an `<iframe srcdoc>` has its parent's origin but an `about:srcdoc` location.
  const files = filesUrl === undefined ? target.origin : new URL(filesUrl).origin;
  if (target.origin !== (page && self.origin) && target.origin !== files) {
    throw new Error(`must be on this page's origin or the script's origin, not ${target.origin}`);
  }
  return target;
}

/**
 * Fetches `url` without credentials, referrer or redirects, from the page's origin or the files'
 * origin only (`filesUrl`: by default `url` itself, for a caller that names its own file);
 * rejects with an Error saying which rule it broke.
 */
export async function fetchOwn(url: string, filesUrl?: string, signal?: AbortSignal) {
  const target = ownUrl(url, filesUrl);
  const init: RequestInit = {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'manual',
    signal,
  };
  let response: Response;
  try {
    response = await fetch(target, init);
  } catch (error) {
    if (signal?.aborted || !(error instanceof TypeError)) throw error;
    throw new Error(await whyUnreachable(target, init));
  }
  if (response.type === 'opaqueredirect') {
    throw new Error(`redirects, and redirects are not followed: publish it at ${target.href}`);
  }
  return response;
}

/**
 * Why a request failed with the browser's bare "Failed to fetch": a second, no-cors request
 * tells a server that answered without CORS (its answer is then opaque) from one that did not
 * answer at all. No-cors requests must follow redirects; a URL that redirects never gets here,
 * as the first request ended in an `opaqueredirect` response, not an error.
 */
async function whyUnreachable(target: URL, init: RequestInit): Promise<string> {
  try {
    await fetch(target, { ...init, mode: 'no-cors', redirect: 'follow' });
  } catch {
    return `could not be reached (no answer from ${target.origin})`;
  }
  return `was blocked: ${target.origin} answered without CORS; serve it with the hosting kit's rules`;
}
