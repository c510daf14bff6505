/** Text of the native dialogs main shows, in the menu's locale. */
import type { MenuLocale } from '../menu/labels';

export interface UnsavedDialogText {
  readonly buttons: readonly [save: string, discard: string, cancel: string];
  readonly message: string;
  readonly detail: string;
}

export function unsavedDialogText(locale: MenuLocale, documentName: string): UnsavedDialogText {
  return locale === 'zh-CN'
    ? { buttons: ['保存', '不保存', '取消'], message: `是否保存对“${documentName}”所做的更改？`, detail: '如果不保存，您的更改将会丢失。' }
    : { buttons: ['Save', "Don't Save", 'Cancel'], message: `Do you want to save the changes you made to “${documentName}”?`, detail: "Your changes will be lost if you don't save them." };
}
