/** SWR options for the generated data files: they never change while a page is open. */
export const STATIC_DATA = { revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false, shouldRetryOnError: false } as const;
