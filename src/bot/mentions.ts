/**
 * The words of a message without @mentions: Teams writes a mention as `<at>Name</at>` in the text (in channels
 * and group chats the bot only hears messages that mention it), often followed by a non-breaking space.
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
