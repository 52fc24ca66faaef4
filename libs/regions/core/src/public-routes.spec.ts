import { publicRoutes } from './public-routes';
import type { Leerroute } from './regions.types';

const route = (name: string, routeType: Leerroute['routeType'], mboOpleiding: string, phase: Leerroute['phase'] = 'LOPEND') => ({ name, routeType, mboOpleiding, phase }) as Leerroute;

describe('publicRoutes', () => {
  it('leaves stopped routes out and orders by type, mbo course and name (Dutch order)', () => {
    const routes = [
      route('Zorg B', 'REGULIER', 'Zorg'),
      route('Techniek', 'DOORLOPEND', 'Techniek'),
      route('Oud', 'DOORLOPEND', 'Bakker', 'GESTOPT'),
      route('Zorg A', 'REGULIER', 'Zorg', 'PILOT'),
      route('Économie', 'REGULIER', 'Economie'),
    ];
    expect(publicRoutes(routes).map((r) => r.name)).toEqual(['Techniek', 'Économie', 'Zorg A', 'Zorg B']);
  });

  it('does not reorder the list it was given', () => {
    const routes = [route('B', 'REGULIER', 'B'), route('A', 'DOORLOPEND', 'A')];
    publicRoutes(routes);
    expect(routes.map((r) => r.name)).toEqual(['B', 'A']);
  });
});
