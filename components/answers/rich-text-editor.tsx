'use client';
/**
 * The answer's rich-text editor (Tiptap v3: StarterKit's paragraphs, lists, emphasis, links and undo, plus
 * TableKit). Loaded only by the staff answer forms, through next/dynamic, so no public page ships it. It keeps
 * what answers use, accepts pastes from Parliament's site as they are and from Word after clean-up
 * (lib/answers/clean-pasted-html.ts), and writes its HTML into a hidden input for the form; the server
 * sanitises it again.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useState } from 'react';
import { cleanPastedHtml } from '@/lib/answers/clean-pasted-html';
import { EditorToolbar } from './editor-toolbar';
import styles from './answer-form.module.css';

export interface RichTextEditorProps {
  name: string;
  initialHtml: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  /** Called once the editor is on the page (the plain textarea fallback can go). */
  onReady: () => void;
}

export default function RichTextEditor({ name, initialHtml, labelId, describedBy, invalid, onReady }: RichTextEditorProps) {
  const [html, setHtml] = useState(initialHtml);
  const attributes = {
    'aria-labelledby': labelId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(invalid ? { 'aria-invalid': 'true' } : {}),
    'aria-multiline': 'true',
    class: styles.editorContent!,
  };
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['mailto'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: initialHtml,
    editorProps: {
      attributes,
      transformPastedHTML: (pasted) => cleanPastedHtml(pasted, new DOMParser()),
    },
    onUpdate: ({ editor: e }) => setHtml(e.isEmpty ? '' : e.getHTML()),
  });

  useEffect(() => {
    if (editor) onReady();
  }, [editor, onReady]);

  // A refused save ties the field's error to the editor: its attributes follow the props.
  const attributeKey = JSON.stringify(attributes);
  useEffect(() => {
    if (editor) editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: JSON.parse(attributeKey) as Record<string, string> } });
  }, [editor, attributeKey]);

  if (!editor) return null;
  return (
    <div className={styles.editor} data-invalid={invalid || undefined}>
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
