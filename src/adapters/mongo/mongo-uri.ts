/**
 * The host list of a MongoDB connection string, for logs: never the user, password or options (which may hold
 * credentials). `mongodb+srv://u:p@cluster0.example.net/db?x=y` -> `cluster0.example.net`.
 */
export function hostsOf(uri: string): string {
  const rest = uri.replace(/^mongodb(\+srv)?:\/\//, '');
  const authority = rest.split(/[/?]/, 1)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1);
}
