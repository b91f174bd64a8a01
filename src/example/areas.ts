/** The six areas (verksamhetsområden) of the service administration (report 2.5). */
export const AREA = {
  ekonomi: 'Ekonomi',
  lon: 'Lön och pension',
  kontaktcenter: 'Kontaktcenter',
  upphandling: 'Upphandling och inköp',
  lokalplanering: 'Lokalplanering',
  rekrytering: 'Rekrytering',
} as const;

/**
 * The common pool: premises and IT are booked centrally under "Nämnd och administration"
 * (report 2.4), so the areas' own costs are mostly staff and their own systems.
 */
export const COMMON_POOL = 'Nämnd och administration';

/** The driver column of Tjänster that spreads area, process and pool costs (FTE). */
export const FTE_DRIVER = 'Årsarbetare';
