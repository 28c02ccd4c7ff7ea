/**
 * Today's date where the offices work. Deadlines (working days) and the monthly scan count in
 * China Standard Time, whatever the server's own time zone.
 */
export const todayInChina = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
