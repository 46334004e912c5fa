// Unit tests run Lit's development build (it warns about mistakes such as class fields shadowing reactive
// properties); mark only its "dev mode" banner as already issued so the output stays quiet.
const g = globalThis as { litIssuedWarnings?: Set<string> };
g.litIssuedWarnings ??= new Set();
g.litIssuedWarnings.add("dev-mode");
