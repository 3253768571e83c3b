import { Input } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';

type Props = { label: string; description?: string; value: string; onChange: (html: string) => void };

/**
 * SPEC KB-01 "Solução Proposta" as rich text: bold, italic, lists and links. The HTML it produces
 * is only a proposal — the server keeps its allow-list (sanitize.ts) and adds rel=noopener to links.
 */
export function SolutionEditor({ label, description, value, onChange }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      // Only what the toolbar offers (and the server keeps): no headings, code blocks or rules.
      StarterKit.configure({
        heading: false,
        codeBlock: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'] },
      }),
    ],
    content: value,
    editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label } },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  return (
    <Input.Wrapper label={label} description={description}>
      <RichTextEditor
        editor={editor}
        labels={{
          boldControlLabel: t('knowledge.editor.bold'),
          italicControlLabel: t('knowledge.editor.italic'),
          bulletListControlLabel: t('knowledge.editor.bulletList'),
          orderedListControlLabel: t('knowledge.editor.orderedList'),
          linkControlLabel: t('knowledge.editor.link'),
          unlinkControlLabel: t('knowledge.editor.unlink'),
          linkEditorInputLabel: t('knowledge.editor.linkAddress'),
          linkEditorInputPlaceholder: 'https://',
          linkEditorExternalLink: t('knowledge.editor.linkNewTab'),
          linkEditorInternalLink: t('knowledge.editor.linkSameTab'),
          linkEditorSave: t('knowledge.editor.linkSave'),
        }}
      >
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={140} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
