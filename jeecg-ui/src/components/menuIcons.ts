import {
  ApartmentOutlined, AppstoreOutlined, BankOutlined, BookOutlined, BorderOuterOutlined, CarOutlined, ControlOutlined,
  DatabaseOutlined, FileSearchOutlined, FileTextOutlined, FormOutlined, HomeOutlined, IdcardOutlined, MenuOutlined,
  MessageOutlined, ScheduleOutlined, SettingOutlined, TableOutlined, TeamOutlined, UserOutlined, WifiOutlined,
} from '@ant-design/icons-vue';
import type { Component } from 'vue';

// Only the icons the menus use are bundled; unknown names fall back to a neutral icon.
const ICONS: Record<string, Component> = {
  ApartmentOutlined, AppstoreOutlined, BankOutlined, BookOutlined, BorderOuterOutlined, CarOutlined, ControlOutlined,
  DatabaseOutlined, FileSearchOutlined, FileTextOutlined, FormOutlined, HomeOutlined, IdcardOutlined, MenuOutlined,
  MessageOutlined, ScheduleOutlined, SettingOutlined, TableOutlined, TeamOutlined, UserOutlined, WifiOutlined,
};

export function menuIcon(name?: string | null): Component {
  return (name && ICONS[name]) || AppstoreOutlined;
}
