// natural ships types for its root only; we import the light submodules directly.
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
