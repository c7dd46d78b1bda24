/**
 * Removes the bot's own mention (`<@UBOT>` or `<@UBOT|minerals>`) so `@minerals who attended?`
 * becomes the question; other people's mentions stay part of it. Without a bot id, drops a leading mention.
 */
export function stripBotMention(text: string, botUserId?: string): string {
  const own = botUserId
    ? new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}
