// The root tsconfig resolves modules the classic Node way, which ignores package "exports";
// vscode-languageclient 10 publishes its Node entry only through "exports". esbuild honours
// "exports" when bundling, so only the type checker needs this pointer.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
