/** `tel:` link for an E.164 number: `tel:+17632018191`. */
export function telHref(e164: string): string {
  return `tel:${e164}`;
}

/** A number as people read it: `(763) 201-8191` for US/Canada numbers, E.164 otherwise. */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : e164;
}
