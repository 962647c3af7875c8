-- A2/A10: the QR print page (jeecg-ui/src/views/safety/qrcode). Its actions are guarded by the existing API codes
-- safety:qrcode:view/print/log/unbind/rebind (3201-3205), which the endpoints check: no BUTTON rows, so a role cannot
-- be given a button without the right to use it. The A4 sampling page needs no row: 3300 (随机抽检) is already a PAGE.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (3800, 3000, 'PAGE', 'safety:qrcode:page', '二维码打印', '/safety/qrcode', 'safety/qrcode/index', 'QrcodeOutlined', 29);
