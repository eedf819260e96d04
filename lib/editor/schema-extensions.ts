/** The editor's schema: paragraphs and headings with bold, italic and http(s) links; nothing else can be pasted in. */
import StarterKit from "@tiptap/starter-kit";

export function articleSchemaExtensions() {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      hardBreak: false,
      link: { openOnClick: false, autolink: false, protocols: ["http", "https"], HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" } },
    }),
  ];
}
