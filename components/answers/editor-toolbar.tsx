'use client';
/**
 * The editor's toolbar (the WAI-ARIA toolbar pattern): one tab stop, arrow keys (and Home/End) move between
 * buttons, every button is labelled and says whether its format is on. The link control opens a small
 * labelled field in place instead of a browser prompt.
 */
import { useEditorState, type Editor } from '@tiptap/react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import styles from './answer-form.module.css';

interface Tool {
  id: string;
  /** The button's visible text and accessible name. */
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function EditorToolbar({ editor }: { editor: Editor }) {
  const linkFieldId = useId();
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkText, setLinkText] = useState('');
  const [linkError, setLinkError] = useState('');
  const toolbarRef = useRef<HTMLDivElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });

  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { id: 'bold', label: 'Bold', shortcut: 'Control+B', pressed: s.bold, run: () => chain().toggleBold().run() },
    { id: 'italic', label: 'Italic', shortcut: 'Control+I', pressed: s.italic, run: () => chain().toggleItalic().run() },
    { id: 'bullet', label: 'Bulleted list', pressed: s.bullet, run: () => chain().toggleBulletList().run() },
    { id: 'ordered', label: 'Numbered list', pressed: s.ordered, run: () => chain().toggleOrderedList().run() },
    {
      id: 'link',
      label: s.link ? 'Edit link' : 'Link',
      pressed: s.link,
      run: () => {
        setLinkText((editor.getAttributes('link').href as string | undefined) ?? 'https://');
        setLinkError('');
        setLinkOpen(true);
      },
    },
    { id: 'table', label: 'Insert table', disabled: s.inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    ...(s.inTable
      ? [
          { id: 'row', label: 'Add row', run: () => chain().addRowAfter().run() },
          { id: 'col', label: 'Add column', run: () => chain().addColumnAfter().run() },
          { id: 'delrow', label: 'Delete row', run: () => chain().deleteRow().run() },
          { id: 'delcol', label: 'Delete column', run: () => chain().deleteColumn().run() },
          { id: 'deltable', label: 'Delete table', run: () => chain().deleteTable().run() },
        ]
      : []),
    { id: 'undo', label: 'Undo', shortcut: 'Control+Z', disabled: !s.canUndo, run: () => chain().undo().run() },
    { id: 'redo', label: 'Redo', shortcut: 'Control+Shift+Z', disabled: !s.canRedo, run: () => chain().redo().run() },
  ];
  const current = Math.min(focusIndex, tools.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tools.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key]! + tools.length) % tools.length;
    setFocusIndex(next);
    toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  const applyLink = () => {
    const href = linkText.trim();
    if (!href || href === 'https://') {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!SAFE_LINK.test(href)) {
      setLinkError('A link must be a web address starting with https:// or http://, or a mailto: address');
      return;
    }
    chain().extendMarkRange('link').setLink({ href }).run();
    setLinkOpen(false);
  };

  return (
    <>
      <div ref={toolbarRef} role="toolbar" aria-label="Formatting" className={styles.toolbar} onKeyDown={onKeyDown}>
        {tools.map((tool, i) => (
          <button
            key={tool.id}
            type="button"
            className={styles.tool}
            tabIndex={i === current ? 0 : -1}
            aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
            aria-keyshortcuts={tool.shortcut}
            aria-disabled={tool.disabled || undefined}
            onFocus={() => setFocusIndex(i)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!tool.disabled) tool.run();
            }}
          >
            <span className={tool.id === 'bold' ? styles.toolBold : tool.id === 'italic' ? styles.toolItalic : undefined}>{tool.label}</span>
          </button>
        ))}
      </div>
      {linkOpen ? (
        <div className={styles.linkPanel}>
          <label htmlFor={linkFieldId}>Link address</label>
          <input
            id={linkFieldId}
            type="url"
            className={styles.linkInput}
            value={linkText}
            autoFocus
            aria-invalid={linkError ? true : undefined}
            aria-describedby={linkError ? `${linkFieldId}-error` : undefined}
            onChange={(event) => setLinkText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                applyLink();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                setLinkOpen(false);
                editor.commands.focus();
              }
            }}
          />
          <button type="button" className="secondary" onClick={applyLink}>
            Apply link
          </button>
          {s.link ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                chain().extendMarkRange('link').unsetLink().run();
                setLinkOpen(false);
              }}
            >
              Remove link
            </button>
          ) : null}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setLinkOpen(false);
              editor.commands.focus();
            }}
          >
            Cancel
          </button>
          {linkError ? (
            <p id={`${linkFieldId}-error`} className={styles.fieldError}>
              {linkError}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
