// The two origins of the embed tests: the site (port 4410) and the host pages (port 4412,
// e2e/hosts/server.ts). Another port is another origin, as a newsroom's site would be.
export const siteOrigin = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4410}`;
export const hostPort = Number(process.env['E2E_HOST_PORT'] ?? 4412);
export const hostOrigin = `http://127.0.0.1:${hostPort}`;
