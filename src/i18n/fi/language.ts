/** Strings of the language choice. */
export const languageFi = {
  ask: 'Valitse kieli, jolla vastaan sinulle. Valinta koskee kaikkia keskustelujasi kanssani.',
  changed: 'Vastaan sinulle tästä lähtien suomeksi. Vaihda kieli kirjoittamalla **kieli**.',
};
