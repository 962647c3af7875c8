/**
 * The message centre core (E3): in-app messages and notices to users, roles, grids or departments,
 * read state, pinned notices and push to open browsers. Business modules send through {@code MessageSender}.
 */
package com.yuyang.base.message;
