/** The thin adapter: menu model -> `Menu.buildFromTemplate` input, with clicks routed to main. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import type { MenuAction, MenuNode } from './menu-model';

export interface MenuHandlers {
  /** Send a command to the page (the `menuCommand` event). */
  readonly sendCommand: (command: MenuCommand) => void;
  readonly runAction: (action: MenuAction) => void;
}

export function toMenuTemplate(nodes: readonly MenuNode[], handlers: MenuHandlers): MenuItemConstructorOptions[] {
  return nodes.map((node): MenuItemConstructorOptions => {
    if (node.kind === 'separator') return { type: 'separator', id: node.id };
    const common: MenuItemConstructorOptions = {
      id: node.id,
      label: node.label,
      ...(node.accelerator ? { accelerator: node.accelerator } : {}),
      ...(node.visible === false ? { visible: false, acceleratorWorksWhenHidden: true } : {}),
      ...(node.enabled === false ? { enabled: false } : {}),
    };
    switch (node.kind) {
      case 'command':
        return {
          ...common,
          ...(node.checked === undefined ? {} : { type: 'radio' as const, checked: node.checked }),
          click: () => handlers.sendCommand(node.command),
        };
      case 'role':
        return { ...common, role: node.role };
      case 'action':
        return { ...common, click: () => handlers.runAction(node.action) };
      case 'submenu':
        return { ...common, ...(node.role ? { role: node.role } : {}), submenu: toMenuTemplate(node.items, handlers) };
    }
  });
}
