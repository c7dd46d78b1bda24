/** Article files are plain text or Markdown. */
export const hasArticleExtension = (name: string): boolean => /\.(txt|md)$/i.test(name);

/** An article file in the seeds folder: the right extension, and not a hidden (temp) file. */
export const isArticleFile = (name: string): boolean => hasArticleExtension(name) && !name.startsWith('.');
