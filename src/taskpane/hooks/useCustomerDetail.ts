import { useEffect, useState } from 'react';
import type { RunDetails } from '../hosts/host';
import type { CustomerDetail } from '../worker/protocol';
import { shownError, type Shown } from '../i18n/shown';

export type CustomerDetailState =
  | { status: 'loading' }
  | { status: 'ready'; detail: CustomerDetail }
  | { status: 'failed'; message: Shown };

type Held = CustomerDetailState & { customer: string | null };

/** The customer's trace and Kundbesked, asked of the run (in the browser's worker: a message away). */
export function useCustomerDetail(details: RunDetails, customer: string | null): CustomerDetailState {
  const [state, setState] = useState<Held>({ status: 'loading', customer: null });
  useEffect(() => {
    if (customer === null) return;
    let current = true;
    setState({ status: 'loading', customer });
    void details.customer(customer).then(
      (detail) => current && setState({ status: 'ready', detail, customer }),
      (error: unknown) => {
        if (!current) return;
        console.error(error);
        setState({ status: 'failed', message: shownError(error), customer });
      },
    );
    return () => {
      current = false;
    };
  }, [details, customer]);
  // Until the effect has asked for a newly opened customer, the last one's detail is not shown.
  return state.customer === customer ? state : { status: 'loading' };
}
