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
  const response = await fetch(target, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'manual',
    signal,
  });
  if (response.type === 'opaqueredirect') {
    throw new Error(
      `redirects, and redirects are not followed: publish the file at ${target.href}`,
    );
  }
  return response;
}
