import {
  AlertOutlined, ApartmentOutlined, AppstoreOutlined, AuditOutlined, BankOutlined, BarChartOutlined, BookOutlined,
  BorderOuterOutlined, BranchesOutlined, CalendarOutlined, CarOutlined, CheckSquareOutlined, ClusterOutlined,
  ControlOutlined, DatabaseOutlined, EnvironmentOutlined, ExperimentOutlined, FileSearchOutlined, FileTextOutlined,
  FormOutlined, HomeOutlined, IdcardOutlined, InboxOutlined, MenuOutlined, MessageOutlined, NodeIndexOutlined,
  NotificationOutlined, ProfileOutlined, QrcodeOutlined, ReadOutlined, SafetyCertificateOutlined, SafetyOutlined,
  ScheduleOutlined, SettingOutlined, ShopOutlined, TableOutlined, TeamOutlined, ToolOutlined, UserOutlined,
  UsergroupAddOutlined, WifiOutlined,
} from '@ant-design/icons-vue';
import type { Component } from 'vue';

// Only the icons the menus use are bundled; unknown names fall back to a neutral icon.
const ICONS: Record<string, Component> = {
  AlertOutlined, ApartmentOutlined, AppstoreOutlined, AuditOutlined, BankOutlined, BarChartOutlined, BookOutlined,
  BorderOuterOutlined, BranchesOutlined, CalendarOutlined, CarOutlined, CheckSquareOutlined, ClusterOutlined,
  ControlOutlined, DatabaseOutlined, EnvironmentOutlined, ExperimentOutlined, FileSearchOutlined, FileTextOutlined,
  FormOutlined, HomeOutlined, IdcardOutlined, InboxOutlined, MenuOutlined, MessageOutlined, NodeIndexOutlined,
  NotificationOutlined, ProfileOutlined, QrcodeOutlined, ReadOutlined, SafetyCertificateOutlined, SafetyOutlined,
  ScheduleOutlined, SettingOutlined, ShopOutlined, TableOutlined, TeamOutlined, ToolOutlined, UserOutlined,
  UsergroupAddOutlined, WifiOutlined,
};

/** Names the menus may use (a spec checks that every icon named in db/ migrations is one of them). */
export const MENU_ICON_NAMES = Object.keys(ICONS);

export function menuIcon(name?: string | null): Component {
  return (name && ICONS[name]) || AppstoreOutlined;
}
