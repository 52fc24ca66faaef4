import type { Leerroute } from './regions.types';

/**
 * The leerroutes the public site shows: routes a parent can still choose or follow (stopped routes
 * stay off the public site), by route type, then mbo course and name in Dutch order.
 */
export function publicRoutes(routes: readonly Leerroute[]): Leerroute[] {
  return routes.filter((r) => r.phase !== 'GESTOPT').sort((a, b) => a.routeType.localeCompare(b.routeType) || a.mboOpleiding.localeCompare(b.mboOpleiding, 'nl') || a.name.localeCompare(b.name, 'nl'));
}
