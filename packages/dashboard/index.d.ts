/** The folder holding the built dashboard (index.html and hashed assets), for the API to serve. */
export declare const dashboardDir: string;
