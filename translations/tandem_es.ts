<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../app/AccountCommand.cpp" line="+36"/>
        <source>Add (or update) an account of this profile.</source>
        <translation>Añadir (o actualizar) una cuenta de este perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account address, name@server.</source>
        <translation>La dirección de la cuenta, nombre@servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from FILE (first line).</source>
        <translation>Leer la contraseña de ARCHIVO (primera línea).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connect to HOST instead of looking up DNS.</source>
        <translation>Conectar a HOST en lugar de consultar el DNS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to PORT (default 5222).</source>
        <translation>Conectar al PUERTO (por omisión 5222).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authority (or self-signed server certificate) in PEM file FILE, for this account only.</source>
        <translation>Confiar además en la autoridad de certificación (o el certificado de servidor autofirmado) del archivo PEM ARCHIVO, solo para esta cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the password: auto (keychain, else a private file), keychain, or file.</source>
        <translation>Dónde guardar la contraseña: auto (llavero, si no, un archivo privado), keychain o file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account add needs exactly one JID.</source>
        <translation>account add necesita exactamente un JID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid account address &apos;%1&apos;: %2</source>
        <translation>Dirección de cuenta no válida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-file is required.</source>
        <translation>--password-file es obligatorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Puerto no válido &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No PEM certificate found in %1.</source>
        <translation>No se encontró ningún certificado PEM en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --password-store &apos;%1&apos; (auto, keychain or file).</source>
        <translation>Valor no válido para --password-store: &apos;%1&apos; (auto, keychain o file).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning:</source>
        <translation>advertencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 saved in %2. A running Tandem on this profile picks it up when restarted.</source>
        <translation>Cuenta %1 guardada en %2. Un Tandem en ejecución en este perfil la tendrá en cuenta al reiniciarse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (disabled)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: tandem account add JID --password-file FILE [options] | tandem account list</source>
        <translation>Uso: tandem account add JID --password-file ARCHIVO [opciones] | tandem account list</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+20"/>
        <source>Tandem: an XMPP client whose group chats belong to the account, not to each device.

Commands:
  (none)                      Start the desktop client.
  xmpp:JID                    Start the desktop client (or raise it) and open the conversation
                              with JID; a ?query part (?join, ?message) is ignored.
  account add JID --password-file FILE [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Add an account to the profile without the GUI. The password
                              goes to the system keychain, or with &apos;auto&apos; and no keychain,
                              to a file readable only by you (with a warning).
  account list                The accounts of the profile.
  ctl status [--json]
                              State of the running instance of the profile.
  ctl send JID TEXT [--json]
                              Send a message through the running instance.
  ctl history JID [--limit N] [--json]
                              The last N messages (default 50) of a conversation or room.
  ctl search QUERY [--in JID] [--limit N] [--json]
                              Search the messages of all conversations, or of one. Words
                              must all occur; &quot;a phrase&quot; in quotes; word* for a prefix.
  ctl read JID [--up-to ID] [--json]
                              Mark a conversation read (up to message ID), on every
                              device of the account (XEP-0490).
  ctl unread [--json]
                              The conversations with unread messages, and mentions.
  ctl export JID [--format text|json] [--output FILE] [--json]
                              A whole conversation, oldest first, to standard output or FILE
                              (--json is short for --format json).
  ctl rooms [--json]
                              The rooms this account is in, with state and occupant count
                              (and whether this device hides them).
  ctl join ROOM [--nick N] [--password P] [--json]
                              Join a room (a new room is created as an instant room).
  ctl leave ROOM [--json]
                              Leave a room.
  ctl hide ROOM [--json]
                              Hide a room on this device only (still kept for the account).
  ctl show ROOM [--json]
                              Show a hidden room on this device again.
  ctl occupants ROOM [--json]
                              Who is in a room.
  ctl nick ROOM NICK [--json]
                              Change the account&apos;s nickname in a room.
  ctl subject ROOM [TEXT] [--json]
                              Set (or, without TEXT, clear) a room&apos;s subject.
  ctl correct JID ID TEXT [--json]
                              Correct your message ID (its origin_id) in a chat or room.
  ctl anchor [--json]
                              Make this device the account&apos;s anchor (the one in the rooms).
  ctl active [--json]
                              Count the user as active on this device now: it notifies alone.
  ctl notifications [--json]
                              What this device notified; which devices the user is active on.
  repair                      When the message database is damaged (Tandem says so): rename
                              it aside, unchanged, and copy every message that can still be
                              read into a new one; the next start fetches the rest from the
                              server archives. Only while Tandem is not running.
  A room address works wherever a contact address does (ctl send ROOM TEXT).
  Every ctl command takes --account JID (default: the profile&apos;s first account), and
  --json prints its answer in the stable JSON form documented in the README.

&apos;tandem ctl&apos; talks to the Tandem already running on the same profile; it exits with 1
when none runs or the command fails, with 2 on a usage error. Data lives in the profile
directory (default: %1).</source>
        <translation>Tandem: un cliente XMPP cuyos chats de grupo pertenecen a la cuenta, no a cada dispositivo.

Órdenes:
  (ninguna)                   Iniciar el cliente de escritorio.
  xmpp:JID                    Iniciar el cliente de escritorio (o traerlo al frente) y abrir la
                              conversación con JID; una parte ?consulta (?join, ?message) se ignora.
  account add JID --password-file ARCHIVO [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Añadir una cuenta al perfil sin la interfaz gráfica. La contraseña
                              va al llavero del sistema o, con «auto» y sin llavero, a un archivo
                              que solo usted puede leer (con una advertencia).
  account list                Las cuentas del perfil.
  ctl status [--json]
                              Estado de la instancia en ejecución del perfil.
  ctl send JID TEXTO [--json]
                              Enviar un mensaje a través de la instancia en ejecución.
  ctl history JID [--limit N] [--json]
                              Los últimos N mensajes (50 por omisión) de una conversación o sala.
  ctl search CONSULTA [--in JID] [--limit N] [--json]
                              Buscar en los mensajes de todas las conversaciones, o de una. Deben aparecer
                              todas las palabras; «una frase» entre comillas; palabra* para un prefijo.
  ctl read JID [--up-to ID] [--json]
                              Marcar una conversación como leída (hasta el mensaje ID), en todos los
                              dispositivos de la cuenta (XEP-0490).
  ctl unread [--json]
                              Las conversaciones con mensajes sin leer, y las menciones.
  ctl export JID [--format text|json] [--output ARCHIVO] [--json]
                              Una conversación entera, de la más antigua a la más reciente, a la salida
                              estándar o a ARCHIVO (--json abrevia --format json).
  ctl rooms [--json]
                              Las salas en las que está esta cuenta, con su estado y número de ocupantes
                              (y si este dispositivo las oculta).
  ctl join SALA [--nick N] [--password P] [--json]
                              Entrar en una sala (una sala nueva se crea como sala instantánea).
  ctl leave SALA [--json]
                              Salir de una sala.
  ctl hide SALA [--json]
                              Ocultar una sala solo en este dispositivo (la cuenta la conserva).
  ctl show SALA [--json]
                              Volver a mostrar en este dispositivo una sala oculta.
  ctl occupants SALA [--json]
                              Quién está en una sala.
  ctl nick SALA APODO [--json]
                              Cambiar el apodo de la cuenta en una sala.
  ctl subject SALA [TEXTO] [--json]
                              Establecer (o, sin TEXTO, borrar) el tema de una sala.
  ctl correct JID ID TEXTO [--json]
                              Corregir su mensaje ID (su origin_id) en un chat o una sala.
  ctl anchor [--json]
                              Hacer de este dispositivo el ancla de la cuenta (el que está en las salas).
  ctl active [--json]
                              Contar al usuario como activo ahora en este dispositivo: solo él notifica.
  ctl notifications [--json]
                              Lo que este dispositivo notificó; en qué dispositivos está activo el usuario.
  repair                      Cuando la base de datos de mensajes está dañada (Tandem lo indica):
                              apartarla con otro nombre, sin cambios, y copiar cada mensaje que aún se pueda
                              leer en una nueva; el siguiente inicio trae el resto de los archivos del
                              servidor. Solo mientras Tandem no esté en ejecución.
  Una dirección de sala sirve allí donde sirve una de contacto (ctl send SALA TEXTO).
  Toda orden ctl admite --account JID (por omisión: la primera cuenta del perfil), y
  --json imprime su respuesta en la forma JSON estable documentada en el README.

&apos;tandem ctl&apos; habla con el Tandem que ya se ejecuta en el mismo perfil; termina con 1
cuando no hay ninguno o la orden falla, y con 2 ante un error de uso. Los datos están en
el directorio del perfil (por omisión: %1).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Use the profile in DIR (one profile is one device).</source>
        <translation>Usar el perfil de DIR (un perfil es un dispositivo).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without a window, as an always-on device (for a home server). Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Ejecutar sin ventana, como dispositivo siempre encendido (para un servidor doméstico). Se detiene limpiamente con SIGTERM o SIGINT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak LANG instead of the desktop&apos;s language: %1.</source>
        <translation>Hablar IDIOMA en lugar del idioma del escritorio: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account, ctl or repair; see the list above.</source>
        <translation>account, ctl o repair; vea la lista anterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Run &apos;tandem --help&apos; for usage.</source>
        <translation>Ejecute &apos;tandem --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown language &apos;%1&apos; for --lang; Tandem speaks %2.</source>
        <translation>Idioma desconocido &apos;%1&apos; para --lang; Tandem habla %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem --help&apos; for usage.</source>
        <translation>Orden desconocida &apos;%1&apos;. Ejecute &apos;tandem --help&apos; para ver el uso.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+25"/>
        <source>Print the stable JSON form.</source>
        <translation>Imprimir la forma JSON estable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many messages (default 50).</source>
        <translation>Cuántos mensajes (por omisión 50).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act as account JID (default: the profile&apos;s first).</source>
        <translation>Actuar como la cuenta JID (por omisión: la primera del perfil).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nickname to join with.</source>
        <translation>Apodo con el que entrar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NICK</source>
        <translation>APODO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password.</source>
        <translation>Contraseña de la sala.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PASSWORD</source>
        <translation>CONTRASEÑA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only in this conversation or room.</source>
        <translation>search: solo en esta conversación o sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: text (default) or json.</source>
        <translation>export: text (por omisión) o json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export: escribir en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: only up to this message (its id in &apos;ctl history --json&apos;).</source>
        <translation>read: solo hasta este mensaje (su id en &apos;ctl history --json&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--in only applies to &apos;search&apos;.</source>
        <translation>--in solo se aplica a &apos;search&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format and --output only apply to &apos;export&apos;.</source>
        <translation>--format y --output solo se aplican a &apos;export&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--up-to only applies to &apos;read&apos;.</source>
        <translation>--up-to solo se aplica a &apos;read&apos;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Control the running Tandem of a profile. &apos;tandem --help&apos; describes every command.</source>
        <translation>Controlar el Tandem en ejecución de un perfil. &apos;tandem --help&apos; describe todas las órdenes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of the commands above, with its arguments.</source>
        <translation>Una de las órdenes anteriores, con sus argumentos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missing command. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Falta la orden. Ejecute &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Orden desconocida &apos;%1&apos;. Ejecute &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: tandem ctl %1</source>
        <translation>Uso: tandem ctl %1</translation>
    </message>
    <message>
        <location filename="../app/CtlCommands.cpp" line="+18"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit requiere un número positivo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+43"/>
        <location line="+14"/>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>State of the running instance of the profile.</source>
        <translation>Estado de la instancia en ejecución del perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID TEXT</source>
        <translation>JID TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message through the running instance.</source>
        <translation>Enviar un mensaje a través de la instancia en ejecución.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JID [--limit N] [--json]</source>
        <translation>JID [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N messages (default 50) of a conversation or room.</source>
        <translation>Los últimos N mensajes (50 por omisión) de una conversación o sala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QUERY [--in JID] [--limit N] [--json]</source>
        <translation>CONSULTA [--in JID] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations, or of one.</source>
        <translation>Buscar en los mensajes de todas las conversaciones, o de una.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JID [--up-to ID]</source>
        <translation>JID [--up-to ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a conversation read, on every device of the account.</source>
        <translation>Marcar una conversación como leída, en todos los dispositivos de la cuenta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--up-to takes a message id, as &apos;ctl history --json&apos; shows it.</source>
        <translation>--up-to requiere un id de mensaje, tal como lo muestra &apos;ctl history --json&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversations with unread messages, and how many mention you.</source>
        <translation>Las conversaciones con mensajes sin leer, y cuántos le mencionan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID [--format text|json] [--output FILE]</source>
        <translation>JID [--format text|json] [--output ARCHIVO]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole conversation, oldest first, to standard output or FILE.</source>
        <translation>Una conversación entera, de la más antigua a la más reciente, a la salida estándar o a ARCHIVO.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is text or json.</source>
        <translation>--format es text o json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rooms this account is in, with state and occupant count.</source>
        <translation>Las salas en las que está esta cuenta, con su estado y número de ocupantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROOM [--nick N] [--password P]</source>
        <translation>SALA [--nick N] [--password P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room (a new room is created as an instant room).</source>
        <translation>Entrar en una sala (una sala nueva se crea como sala instantánea).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>ROOM</source>
        <translation>SALA</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Leave a room.</source>
        <translation>Salir de una sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide a room on this device only: not listed, not notified, still kept for the account.</source>
        <translation>Ocultar una sala solo en este dispositivo: no aparece en la lista ni notifica, y la cuenta la conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a hidden room on this device again, with all its history.</source>
        <translation>Volver a mostrar en este dispositivo una sala oculta, con todo su historial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is in a room.</source>
        <translation>Quién está en una sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROOM NICK</source>
        <translation>SALA APODO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the account&apos;s nickname in a room.</source>
        <translation>Cambiar el apodo de la cuenta en una sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROOM [TEXT]</source>
        <translation>SALA [TEXTO]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set (or, without TEXT, clear) a room&apos;s subject.</source>
        <translation>Establecer (o, sin TEXTO, borrar) el tema de una sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JID MESSAGE-ID TEXT</source>
        <translation>JID ID-MENSAJE TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of your messages (MESSAGE-ID: its origin_id) in a chat or room.</source>
        <translation>Corregir uno de sus mensajes (ID-MENSAJE: su origin_id) en un chat o una sala.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this device the account&apos;s anchor (the one in the rooms).</source>
        <translation>Hacer de este dispositivo el ancla de la cuenta (el que está en las salas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the user as active on this device now (as a key press would): it notifies alone.</source>
        <translation>Contar al usuario como activo ahora en este dispositivo (como lo haría pulsar una tecla): solo él notifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this device notified, and which devices the user is active on.</source>
        <translation>Lo que este dispositivo notificó, y en qué dispositivos está activo el usuario.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="+33"/>
        <source>Tandem %1 (%2), pid %3, profile %4</source>
        <translation>Tandem %1 (%2), pid %3, perfil %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account configured: use &apos;tandem account add&apos;.</source>
        <translation>No hay ninguna cuenta configurada: use &apos;tandem account add&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1  %2, %3</source>
        <translation>  %1  %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rooms. Join one with: tandem ctl join ROOM</source>
        <translation>No hay salas. Entre en una con: tandem ctl join SALA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left (%1)</source>
        <translation>abandonada (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1  %2 as %3, %n occupant(s)</source>
        <translation>
            <numerusform>%1  %2 como %3, %n ocupante</numerusform>
            <numerusform>%1  %2 como %3, %n ocupantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(hidden on this device)</source>
        <translation>(oculta en este dispositivo)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hidden on this device</source>
        <translation>oculta en este dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on this device</source>
        <translation>visible en este dispositivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message %1 to %2: %3</source>
        <translation>Mensaje %1 a %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No messages found.</source>
        <translation>No se encontraron mensajes.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n sin leer</numerusform>
            <numerusform>%1: %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing unread.</source>
        <translation>Nada sin leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %n unread</source>
        <translation>
            <numerusform>%1  %n sin leer</numerusform>
            <numerusform>%1  %n sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mención</numerusform>
            <numerusform>%n menciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active since %1</source>
        <translation>activo desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle since %1</source>
        <translation>inactivo desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no activity reported</source>
        <translation>no se ha informado actividad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device: %1</source>
        <translation>Este dispositivo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>notifies on this device</source>
        <translation>notifica en este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another device notifies</source>
        <translation>notifica otro dispositivo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source># Conversation %1 of %2, exported %3. Times are UTC.
</source>
        <translation># Conversación %1 de %2, exportada el %3. Horas en UTC.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Writing the export failed: %1</source>
        <translation>Falló la escritura de la exportación: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n mensaje a %1.</numerusform>
            <numerusform>Se exportaron %n mensajes a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlCommand::ExportTarget</name>
    <message>
        <location filename="../app/ExportTarget.cpp" line="+28"/>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export to %1: it is a directory.</source>
        <translation>No se puede exportar a %1: es un directorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export to %1: it is a special file (give a file, a FIFO or a character device).</source>
        <translation>No se puede exportar a %1: es un archivo especial (indique un archivo, un FIFO o un dispositivo de caracteres).</translation>
    </message>
</context>
<context>
    <name>GuiMode</name>
    <message>
        <location filename="../app/GuiMode.cpp" line="+41"/>
        <source>The profile %1 is in use by a headless Tandem (process %2), which has no window. Stop it first, or start the window on another profile (--profile DIR).</source>
        <translation>El perfil %1 lo usa un Tandem sin interfaz gráfica (proceso %2), que no tiene ventana. Deténgalo primero o abra la ventana con otro perfil (--profile DIR).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandem cannot start</source>
        <translation>Tandem no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <location filename="../app/HeadlessMode.cpp" line="+39"/>
        <source>shutting down</source>
        <translation>cerrando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storage error:</source>
        <translation>error de almacenamiento:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no account configured; add one with &apos;tandem --profile %1 account add&apos;</source>
        <translation>no hay ninguna cuenta configurada; añada una con &apos;tandem --profile %1 account add&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandem is running headless on profile %1 as %2. Try: tandem --profile %1 ctl status</source>
        <translation>Tandem se ejecuta sin interfaz gráfica en el perfil %1 como %2. Pruebe: tandem --profile %1 ctl status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+78"/>
        <location line="+235"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Chat with name@server…</source>
        <translation>Chatear con nombre@servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat address</source>
        <translation>Dirección del nuevo chat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage error: %1</source>
        <translation>Error de almacenamiento: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account. Add one with Tandem › Add an Account…</source>
        <translation>No hay ninguna cuenta. Añada una con Tandem › Añadir una cuenta…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this account&apos;s devices</source>
        <translation>Mostrar los dispositivos de esta cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: %1</source>
        <translation>Dispositivos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="+33"/>
        <source>&amp;Tandem</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an A&amp;ccount…</source>
        <translation>Añadir una &amp;cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make This Device the &amp;Anchor</source>
        <translation>Hacer de este dispositivo el &amp;ancla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Chat…</source>
        <translation>&amp;Nuevo chat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join a Group Chat…</source>
        <translation>&amp;Entrar en un chat de grupo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Ir a una conversación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hidden Rooms</source>
        <translation>Salas &amp;ocultas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Buscar en la conversación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search All Messages…</source>
        <translation>Buscar en &amp;todos los mensajes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 on this device again</source>
        <translation>Volver a mostrar %1 en este dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Hidden Rooms</source>
        <translation>No hay salas ocultas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <location filename="../app/RepairCommand.cpp" line="+24"/>
        <source>Usage: tandem [--profile DIR] repair</source>
        <translation>Uso: tandem [--profile DIR] repair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit it before repairing its database.</source>
        <translation>Ciérrelo antes de reparar su base de datos.</translation>
    </message>
</context>
<context>
    <name>RoomEventText</name>
    <message>
        <location filename="../core/models/RoomEventText.cpp" line="+16"/>
        <source>%1 joined</source>
        <translation>%1 entró</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 salió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left: %2</source>
        <translation>%1 salió: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was kicked</source>
        <translation>%1 fue expulsado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was kicked: %2</source>
        <translation>%1 fue expulsado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 fue vetado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was banned: %2</source>
        <translation>%1 fue vetado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 ahora se llama %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject was cleared</source>
        <translation>Se borró el tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cleared the subject</source>
        <translation>%1 borró el tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is now “%1”</source>
        <translation>El tema es ahora «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the subject to “%2”</source>
        <translation>%1 cambió el tema a «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You joined</source>
        <translation>Ha entrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You left</source>
        <translation>Ha salido</translation>
    </message>
</context>
<context>
    <name>Tandem</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+24"/>
        <source>The directory %1 does not exist.</source>
        <translation>El directorio %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it is a symbolic link.</source>
        <translation>Se rechaza el directorio %1: es un enlace simbólico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing %1: it is not a directory.</source>
        <translation>Se rechaza %1: no es un directorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it belongs to another user (uid %2).</source>
        <translation>Se rechaza el directorio %1: pertenece a otro usuario (uid %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing the directory %1: its mode is %2, it must be 0700 (only you).</source>
        <translation>Se rechaza el directorio %1: su modo es %2 y debe ser 0700 (solo usted).</translation>
    </message>
</context>
<context>
    <name>Tandem::Account</name>
    <message>
        <location filename="../core/account/AccountMessages.cpp" line="+72"/>
        <source>the server answered with an error</source>
        <translation>el servidor respondió con un error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered: %1</source>
        <translation>el servidor respondió: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This device is always on (prefer it as the anchor)</source>
        <translation>Este dispositivo está siempre encendido (preferirlo como ancla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell contacts when I have &amp;read their messages</source>
        <translation>Avisar a los contactos cuando haya &amp;leído sus mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found from the address</source>
        <translation>Deducido de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Por omisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is always on</source>
        <translation>Este dispositivo está siempre encendido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell contacts when I have read their messages</source>
        <translation>Avisar a los contactos cuando haya leído sus mensajes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection result</source>
        <translation>Resultado de la conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is not an address: %1</source>
        <translation>Esto no es una dirección: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the account&apos;s password.</source>
        <translation>Escriba la contraseña de la cuenta.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connected. Saving the account…</source>
        <translation>Conectado. Guardando la cuenta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountListModel</name>
    <message>
        <location filename="../core/models/AccountListModel.cpp" line="+31"/>
        <source>%1, enabled</source>
        <translation>%1, activada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, disabled</source>
        <translation>%1, desactivada</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountsDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountsDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts (checked ones connect)</source>
        <translation>Cuentas (las marcadas se conectan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account</source>
        <translation>Quitar la cuenta seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove Account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device? Its password is forgotten here; its messages stay in the archive on this device and come back if you add the account again.</source>
        <translation>¿Quitar %1 de este dispositivo? Su contraseña se olvida aquí; sus mensajes permanecen en el archivo de este dispositivo y vuelven si añade la cuenta de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Tandem::BookmarksManager0402</name>
    <message>
        <location filename="../core/xmpp/BookmarksManager0402.cpp" line="+92"/>
        <source>Cannot bookmark &apos;%1&apos;</source>
        <translation>No se puede crear un marcador para &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot find out how the server stores bookmarks</source>
        <translation>No se puede averiguar cómo guarda el servidor los marcadores</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot fetch the bookmarks</source>
        <translation>No se pueden obtener los marcadores</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot save the bookmark of %1</source>
        <translation>No se puede guardar el marcador de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the bookmarks node exists with a configuration other than XEP-0402&apos;s (%1)</source>
        <translation>el nodo de marcadores existe con una configuración distinta de la de XEP-0402 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the bookmark of %1</source>
        <translation>No se puede quitar el marcador de %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bookmarks (XEP-0048)</source>
        <translation>Marcadores (XEP-0048)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatHeader</name>
    <message>
        <location filename="../ui/widgets/ChatHeader.cpp" line="+38"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Room actions</source>
        <translation>Acciones de la sala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Your &amp;Nick…</source>
        <translation>Cambiar su &amp;apodo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;Subject…</source>
        <translation>Cambiar el &amp;tema…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide on This Device</source>
        <translation>&amp;Ocultar en este dispositivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Leave the Room</source>
        <translation>&amp;Salir de la sala</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Your Nick</source>
        <translation>Cambiar su apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nick in %1:</source>
        <translation>Su apodo en %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room kept your nick, not %1: %2</source>
        <translation>La sala mantuvo su apodo, no %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the Subject</source>
        <translation>Cambiar el tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of %1:</source>
        <translation>Tema de %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject was not changed: %1</source>
        <translation>No se cambió el tema: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatView</name>
    <message>
        <location filename="../ui/widgets/ChatView.cpp" line="+55"/>
        <source>Choose a conversation on the left, press Ctrl+K to go to one, Ctrl+N to start a chat or Ctrl+J to join a group chat.</source>
        <translation>Elija una conversación a la izquierda, pulse Ctrl+K para ir a una, Ctrl+N para iniciar un chat o Ctrl+J para entrar en un chat de grupo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correcting your last message. Esc gives it up.</source>
        <translation>Corrigiendo su último mensaje. Esc lo cancela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+70"/>
        <source>Write a message…</source>
        <translation>Escriba un mensaje…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+70"/>
        <source>Write to %1…</source>
        <translation>Escribir a %1…</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionError</name>
    <message>
        <location filename="../core/session/ConnectionError.cpp" line="+74"/>
        <source>Authentication failed: the server rejected the address or password.</source>
        <translation>Falló la autenticación: el servidor rechazó la dirección o la contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server not found: the name could not be resolved (DNS).</source>
        <translation>No se encontró el servidor: no se pudo resolver el nombre (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection (nothing is listening on that port).</source>
        <translation>El servidor rechazó la conexión (nada escucha en ese puerto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is unreachable: check the network connection.</source>
        <translation>No se puede llegar al servidor: compruebe la conexión de red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: the server&apos;s certificate is not trusted or TLS could not be established.</source>
        <translation>Falló la conexión segura: el certificado del servidor no es de confianza o no se pudo establecer TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session with the same device name took over this connection.</source>
        <translation>Otra sesión con el mismo nombre de dispositivo tomó esta conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error.</source>
        <translation>El servidor cerró la conexión con un error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is available for this account.</source>
        <translation>No hay ninguna contraseña disponible para esta cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer encryption (STARTTLS); Tandem never logs in without it.</source>
        <translation>El servidor no ofrece cifrado (STARTTLS); Tandem nunca inicia sesión sin él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time: it may be unreachable, or the network blocks the connection.</source>
        <translation>El servidor no respondió a tiempo: puede que no se pueda llegar a él, o que la red bloquee la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation>El certificado del servidor no es de confianza (huella SHA-256 %1). Confíe en él solo si el administrador del servidor confirma esta huella.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlClient</name>
    <message>
        <location filename="../core/ctl/ControlClient.cpp" line="+33"/>
        <source>No running Tandem for this profile (nothing listens on %1).</source>
        <translation>No hay ningún Tandem en ejecución para este perfil (nada escucha en %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: %2</source>
        <translation>Se rechaza el socket de control %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: it belongs to another user (uid %2).</source>
        <translation>Se rechaza el socket de control %1: pertenece a otro usuario (uid %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refusing the control socket %1: it is served by another user (uid %2).</source>
        <translation>Se rechaza el socket de control %1: lo atiende otro usuario (uid %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not send the request: %1</source>
        <translation>No se pudo enviar la petición: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem did not answer within %1 seconds.</source>
        <translation>Tandem no respondió en %1 segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandem closed the connection without answering.</source>
        <translation>Tandem cerró la conexión sin responder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem sent a malformed answer: %1</source>
        <translation>Tandem envió una respuesta mal formada: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlCommands</name>
    <message>
        <location filename="../core/ctl/ControlActivityCommands.cpp" line="+34"/>
        <source>A headless Tandem has no user at it: it is never active.</source>
        <translation>Un Tandem sin interfaz gráfica no tiene a nadie delante: nunca está activo.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlCommands.cpp" line="+74"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Orden desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account is configured in this profile.</source>
        <translation>No hay ninguna cuenta configurada en este perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account %1 in this profile.</source>
        <translation>No existe la cuenta %1 en este perfil.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invalid recipient &apos;%1&apos;: %2</source>
        <translation>Destinatario no válido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+27"/>
        <source>The message was not sent: %1</source>
        <translation>No se envió el mensaje: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+121"/>
        <source>The limit must be between 1 and %1.</source>
        <translation>El límite debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Tandem runs headless on this profile (process %1): it has no window to show.</source>
        <translation>Tandem se ejecuta sin interfaz gráfica en este perfil (proceso %1): no tiene ninguna ventana que mostrar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A correction needs the id of the message and the new text.</source>
        <translation>Una corrección necesita el id del mensaje y el texto nuevo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Dirección no válida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing to search for.</source>
        <translation>No hay nada que buscar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>Falló la búsqueda: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The page size must be between 1 and %1.</source>
        <translation>El tamaño de página debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlReadCommands.cpp" line="+38"/>
        <source>--up-to takes a message id, as `ctl history --json` shows it.</source>
        <translation>--up-to requiere un id de mensaje, tal como lo muestra `ctl history --json`.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no messages in %1.</source>
        <translation>No hay mensajes en %1.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+31"/>
        <location line="+51"/>
        <source>Invalid room address &apos;%1&apos;: %2</source>
        <translation>Dirección de sala no válida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Could not join %1: %2</source>
        <translation>No se pudo entrar en %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying.</source>
        <translation>Todavía no hay respuesta de %1; Tandem sigue intentándolo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>Not in room %1.</source>
        <translation>No está en la sala %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only moderators may change the subject of this room</source>
        <translation>solo los moderadores pueden cambiar el tema de esta sala</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The nickname is empty.</source>
        <translation>El apodo está vacío.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlRequest</name>
    <message>
        <location filename="../core/ctl/ControlRequest.cpp" line="+25"/>
        <source>Malformed request: %1</source>
        <translation>Petición mal formada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed request: not a JSON object</source>
        <translation>Petición mal formada: no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: no command name</source>
        <translation>Petición mal formada: falta el nombre de la orden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: the arguments are not a JSON object</source>
        <translation>Petición mal formada: los argumentos no son un objeto JSON</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlServer</name>
    <message>
        <location filename="../core/ctl/ControlServer.cpp" line="+63"/>
        <location line="+6"/>
        <source>Cannot open the control socket %1: %2</source>
        <translation>No se puede abrir el socket de control %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This Tandem belongs to another user; it takes no commands from you.</source>
        <translation>Este Tandem pertenece a otro usuario; no acepta órdenes suyas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many control connections at once (%1); try again.</source>
        <translation>Demasiadas conexiones de control a la vez (%1); inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tandem is still starting.</source>
        <translation>Tandem todavía se está iniciando.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationDelegate</name>
    <message>
        <location filename="../ui/widgets/ConversationDelegate.cpp" line="+171"/>
        <source>Draft: %1</source>
        <translation>Borrador: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationListView</name>
    <message>
        <location filename="../ui/widgets/ConversationListView.cpp" line="+35"/>
        <location line="+1"/>
        <source>Filter conversations</source>
        <translation>Filtrar conversaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute</source>
        <translation>Dejar de silenciar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 1 Hour</source>
        <translation>Silenciar durante 1 hora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 8 Hours</source>
        <translation>Silenciar durante 8 horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute Until I Unmute</source>
        <translation>Silenciar hasta que lo reactive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Chat</source>
        <translation>Cerrar el chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide on This Device</source>
        <translation>Ocultar en este dispositivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stays the account&apos;s room, shown on your other devices; its messages are still kept</source>
        <translation>Sigue siendo una sala de la cuenta, visible en sus otros dispositivos; sus mensajes se siguen conservando</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave Room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Usual for This Room</source>
        <translation>Como es habitual en esta sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For All Messages</source>
        <translation>Para todos los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only When Mentioned</source>
        <translation>Solo cuando me mencionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>Tandem::DatabaseRepair</name>
    <message>
        <location filename="../core/storage/DatabaseRepair.cpp" line="+261"/>
        <source>There is no database file to repair.</source>
        <translation>No hay ningún archivo de base de datos que reparar.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>It could not be renamed to “%1”.</source>
        <translation>No se pudo renombrar a «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its file “%1” could not be renamed.</source>
        <translation>No se pudo renombrar su archivo «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file is now “%1”, but the new database “%2” could not take its place; rename it yourself.</source>
        <translation>El archivo dañado es ahora «%1», pero la nueva base de datos «%2» no pudo ocupar su lugar; renómbrela usted mismo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was repaired: %1</source>
        <translation>No se reparó nada: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The damaged database was renamed to “%1”. It has not been changed; delete it once you are content with the repair.</source>
        <translation>La base de datos dañada se renombró a «%1». No se ha modificado; bórrela cuando esté conforme con la reparación.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new database took its place, with the %n message(s) that could be read.</source>
        <translation>
            <numerusform>Una base de datos nueva ocupó su lugar, con el %n mensaje que se pudo leer.</numerusform>
            <numerusform>Una base de datos nueva ocupó su lugar, con los %n mensajes que se pudieron leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stretch(es) of messages could not be read: their pages are damaged. Tandem fetches them again from the server archives on its next start, where the server keeps an archive.</source>
        <translation>
            <numerusform>No se pudo leer %n tramo de mensajes: sus páginas están dañadas. Tandem lo vuelve a obtener de los archivos del servidor en su próximo inicio, allí donde el servidor guarda un archivo.</numerusform>
            <numerusform>No se pudieron leer %n tramos de mensajes: sus páginas están dañadas. Tandem los vuelve a obtener de los archivos del servidor en su próximo inicio, allí donde el servidor guarda un archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some records of these tables could not be read either: %1.</source>
        <translation>Tampoco se pudieron leer algunos registros de estas tablas: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row could be read: nothing was lost.</source>
        <translation>Se pudieron leer todas las filas: no se perdió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search index is rebuilt in the background.</source>
        <translation>El índice de búsqueda se reconstruye en segundo plano.</translation>
    </message>
</context>
<context>
    <name>Tandem::DesktopNotifier</name>
    <message>
        <location filename="../ui/notifications/DesktopNotifier.cpp" line="+84"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceListModel</name>
    <message>
        <location filename="../core/models/DeviceListModel.cpp" line="+211"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>hermano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchor</source>
        <translation>ancla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>solo</source>
        <translation>solo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the only device of the account online</source>
        <translation>el único dispositivo de la cuenta conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always on</source>
        <translation>siempre encendido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as the anchor</source>
        <translation>elegido como ancla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running the longest</source>
        <translation>el que lleva más tiempo en marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first by name among equals</source>
        <translation>el primero por nombre entre iguales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keeps the rooms until a better-placed device takes over</source>
        <translation>mantiene las salas hasta que un dispositivo mejor situado tome el relevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solo: this device holds the rooms</source>
        <translation>Solo: este dispositivo mantiene las salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor: this device holds the rooms</source>
        <translation>Ancla: este dispositivo mantiene las salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling: the rooms come through the anchor</source>
        <translation>Hermano: las salas llegan a través del ancla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, anchor because: %2</source>
        <translation>%1, ancla porque: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor (joining the rooms)</source>
        <translation>ancla (entrando en las salas)</translation>
    </message>
</context>
<context>
    <name>Tandem::DevicesPanel</name>
    <message>
        <location filename="../ui/widgets/DevicesPanel.cpp" line="+19"/>
        <source>Make This Device the Anchor</source>
        <translation>Hacer de este dispositivo el ancla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is always on</source>
        <translation>Este dispositivo está siempre encendido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices of this account</source>
        <translation>Dispositivos de esta cuenta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device joins the rooms and relays them to the others</source>
        <translation>Este dispositivo entra en las salas y las retransmite a los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An always-on device is preferred as the anchor</source>
        <translation>Se prefiere como ancla un dispositivo siempre encendido</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · the anchor is %2 (%3)</source>
        <translation>%1 · el ancla es %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · term %2</source>
        <translation>%1 · mandato %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: held by no device yet</source>
        <translation>%1: aún no la mantiene ningún dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: held by %2</source>
        <translation>%1: la mantiene %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rooms</source>
        <translation>No hay salas</translation>
    </message>
</context>
<context>
    <name>Tandem::DisplayedSync0490</name>
    <message>
        <location filename="../core/xmpp/DisplayedSync0490.cpp" line="+86"/>
        <source>Cannot fetch which messages were read elsewhere: %1</source>
        <translation>No se puede obtener qué mensajes se leyeron en otro lugar: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot tell the account&apos;s other devices that %1 was read: %2</source>
        <translation>No se puede avisar a los otros dispositivos de la cuenta de que se leyó %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Instance</name>
    <message numerus="yes">
        <location filename="../core/account/Instance.cpp" line="+63"/>
        <source>%1 %n incoming message(s) are kept in memory and will be stored once the message database works again.</source>
        <translation>
            <numerusform>%1 %n mensaje entrante se guarda en memoria y se almacenará en cuanto la base de datos de mensajes vuelva a funcionar.</numerusform>
            <numerusform>%1 %n mensajes entrantes se guardan en memoria y se almacenarán en cuanto la base de datos de mensajes vuelva a funcionar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::IqResponse</name>
    <message>
        <location filename="../core/xmpp/IqTracker.cpp" line="+51"/>
        <source>no answer from the server in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected before the server answered</source>
        <translation>desconectado antes de que respondiera el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>Tandem::Jid</name>
    <message>
        <location filename="../core/profile/Jid.cpp" line="+22"/>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain a resource (the part after &apos;/&apos;).</source>
        <translation>La dirección no debe contener un recurso (la parte tras &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must look like name@server.</source>
        <translation>La dirección debe tener la forma nombre@servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server part of the address is not a valid domain.</source>
        <translation>La parte del servidor de la dirección no es un dominio válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name part of the address contains &apos;%1&apos;, which is not allowed.</source>
        <translation>La parte del nombre de la dirección contiene &apos;%1&apos;, que no está permitido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server part of the address contains an invalid character.</source>
        <translation>La parte del servidor de la dirección contiene un carácter no válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is too long.</source>
        <translation>La dirección es demasiado larga.</translation>
    </message>
</context>
<context>
    <name>Tandem::JoinRoomDialog</name>
    <message>
        <location filename="../ui/dialogs/JoinRoomDialog.cpp" line="+35"/>
        <source>&amp;List rooms</source>
        <translation>&amp;Listar salas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join a Group Chat</source>
        <translation>Entrar en un chat de grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room@conference.example.org</source>
        <translation>sala@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Dirección de la sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if the room has one</source>
        <translation>Solo si la sala tiene una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Contraseña de la sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chat service</source>
        <translation>Servicio de chats de grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the service&apos;s rooms</source>
        <translation>Listar las salas del servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Filter rooms</source>
        <translation>Filtrar salas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rooms of the service</source>
        <translation>Salas del servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse rooms</source>
        <translation>Explorar salas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not list the rooms of %1: %2</source>
        <translation>No se pudieron listar las salas de %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists no public rooms.</source>
        <translation>%1 no tiene salas públicas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the server&apos;s group chat services…</source>
        <translation>Buscando los servicios de chat de grupo del servidor…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not ask the server for its group chat services: %1</source>
        <translation>No se pudo preguntar al servidor por sus servicios de chat de grupo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server names no group chat service; type one to list its rooms.</source>
        <translation>El servidor no indica ningún servicio de chat de grupo; escriba uno para listar sus salas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the rooms of %1…</source>
        <translation>Listando las salas de %1…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;%1&apos; is not a room address: it needs a name, an @ and a service.</source>
        <translation>&apos;%1&apos; no es una dirección de sala: necesita un nombre, una @ y un servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a room address: %2</source>
        <translation>&apos;%1&apos; no es una dirección de sala: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joining %1…</source>
        <translation>Entrando en %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not join %1: %2</source>
        <translation>No se pudo entrar en %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying and opens it when it answers.</source>
        <translation>Todavía no hay respuesta de %1; Tandem sigue intentándolo y la abrirá cuando responda.</translation>
    </message>
</context>
<context>
    <name>Tandem::LegacyBookmarks0048</name>
    <message>
        <location filename="../core/xmpp/LegacyBookmarks0048.cpp" line="+20"/>
        <source>the server did not confirm the bookmark change (XEP-0048)</source>
        <translation>el servidor no confirmó el cambio de marcadores (XEP-0048)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not send the bookmarks (XEP-0048)</source>
        <translation>el servidor no envió los marcadores (XEP-0048)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disconnected before the bookmarks were saved</source>
        <translation>desconectado antes de que se guardaran los marcadores</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot ask QXmppBookmarkManager for the bookmarks</source>
        <translation>no se pueden pedir los marcadores a QXmppBookmarkManager</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageDelegate</name>
    <message>
        <location filename="../ui/widgets/MessageDelegate.cpp" line="+247"/>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginning of the conversation</source>
        <translation>Comienzo de la conversación</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageLimits</name>
    <message>
        <location filename="../core/storage/MessageLimits.cpp" line="+37"/>
        <source>This message is too long to send (%1; the server takes at most %2). Send it in parts, or as a file.</source>
        <translation>Este mensaje es demasiado largo para enviarlo (%1; el servidor admite como máximo %2). Envíelo en partes o como archivo.</translation>
    </message>
</context>
<context>
    <name>Tandem::NotificationFeed</name>
    <message>
        <location filename="../core/account/NotificationFeed.cpp" line="+62"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (private, in %2)</source>
        <translation>%1 (privado, en %2)</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantListModel</name>
    <message>
        <location filename="../core/models/OccupantListModel.cpp" line="+235"/>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away for a while</source>
        <translation>ausente por un tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to chat</source>
        <translation>disponible para chatear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (you), %2, %3</source>
        <translation>%1 (usted), %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantPanel</name>
    <message>
        <location filename="../ui/widgets/OccupantPanel.cpp" line="+30"/>
        <location line="+1"/>
        <source>Filter occupants</source>
        <translation>Filtrar ocupantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupants</source>
        <translation>Ocupantes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Occupants (%1)</source>
        <translation>Ocupantes (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupants (%1 of %2)</source>
        <translation>Ocupantes (%1 de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the occupants</source>
        <translation>Mostrar u ocultar los ocupantes</translation>
    </message>
</context>
<context>
    <name>Tandem::Outbox</name>
    <message numerus="yes">
        <location filename="../core/session/Outbox.cpp" line="+37"/>
        <source>no confirmation after %n attempts</source>
        <translation>
            <numerusform>sin confirmación tras %n intento</numerusform>
            <numerusform>sin confirmación tras %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no delivery receipt within a week</source>
        <translation>sin acuse de recibo en una semana</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server refused it as too large (%1)</source>
        <translation>el servidor lo rechazó por demasiado grande (%1)</translation>
    </message>
</context>
<context>
    <name>Tandem::PasswordStore</name>
    <message>
        <location filename="../core/profile/PasswordStore.cpp" line="+53"/>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the password file %1: %2</source>
        <translation>No se puede escribir el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No system keychain is reachable (%1). The password is stored in %2, readable only by you.</source>
        <translation>No se puede acceder a ningún llavero del sistema (%1). La contraseña se guarda en %2, que solo usted puede leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot store the password in the system keychain: %1</source>
        <translation>No se puede guardar la contraseña en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the password from the system keychain: %1</source>
        <translation>No se puede leer la contraseña del llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the password: the system keychain did not answer.</source>
        <translation>No se puede leer la contraseña: el llavero del sistema no respondió.</translation>
    </message>
</context>
<context>
    <name>Tandem::PrivateDirectory</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+42"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>No se puede crear el directorio %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="+82"/>
        <source>Cannot create the profile directory %1.</source>
        <translation>No se puede crear el directorio del perfil %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile %1 is already in use by Tandem (process %2).</source>
        <translation>El perfil %1 ya lo está usando Tandem (proceso %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock the profile %1: permission denied or read-only.</source>
        <translation>No se puede bloquear el perfil %1: permiso denegado o solo lectura.</translation>
    </message>
</context>
<context>
    <name>Tandem::QuickSwitcher</name>
    <message>
        <location filename="../ui/widgets/QuickSwitcher.cpp" line="+26"/>
        <source>Go to Conversation</source>
        <translation>Ir a una conversación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to a conversation or address…</source>
        <translation>Ir a una conversación o dirección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation to open</source>
        <translation>Conversación que abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching conversations</source>
        <translation>Conversaciones coincidentes</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Press Enter to start a chat with %1.</source>
        <translation>Pulse Intro para iniciar un chat con %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversation matches.</source>
        <translation>Ninguna conversación coincide.</translation>
    </message>
</context>
<context>
    <name>Tandem::RoomDirectory</name>
    <message>
        <location filename="../core/xmpp/RoomDirectory.cpp" line="+59"/>
        <location line="+47"/>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
</context>
<context>
    <name>Tandem::SearchPanel</name>
    <message>
        <location filename="../ui/widgets/SearchPanel.cpp" line="+33"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where to search</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search failed: %1</source>
        <translation>Falló la búsqueda: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages found.</source>
        <translation>No se encontraron mensajes.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most relevant messages.</source>
        <translation>
            <numerusform>El mensaje más relevante (%n).</numerusform>
            <numerusform>Los %n mensajes más relevantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>Se encontró %n mensaje.</numerusform>
            <numerusform>Se encontraron %n mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::SearchResultModel</name>
    <message>
        <location filename="../core/models/SearchResultModel.cpp" line="+61"/>
        <source>No message store.</source>
        <translation>No hay almacén de mensajes.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 in %2, %3: %4</source>
        <translation>%1 en %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>Tandem::StatusText</name>
    <message>
        <location filename="../core/ctl/StatusText.cpp" line="+31"/>
        <location line="+16"/>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor</source>
        <translation>ancla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling</source>
        <translation>hermano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solo</source>
        <translation>solo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not joined</source>
        <translation>sin entrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation>entrando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joined</source>
        <translation>dentro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left by the account</source>
        <translation>abandonada por la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kicked</source>
        <translation>expulsado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>vetado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room was destroyed</source>
        <translation>la sala fue destruida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership removed</source>
        <translation>se retiró la membresía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room became members-only</source>
        <translation>la sala pasó a ser solo para miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room service shut down</source>
        <translation>el servicio de salas se apagó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from the room</source>
        <translation>retirado de la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room refused the join</source>
        <translation>la sala rechazó la entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password is required, or it is wrong</source>
        <translation>se necesita una contraseña, o es incorrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is for members only</source>
        <translation>la sala es solo para miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are banned from this room</source>
        <translation>tiene prohibida la entrada en esta sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is taken</source>
        <translation>el apodo ya está en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is full</source>
        <translation>la sala está llena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room does not exist or is locked</source>
        <translation>la sala no existe o está bloqueada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may not create rooms on this service</source>
        <translation>no puede crear salas en este servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is not allowed</source>
        <translation>el apodo no está permitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the room&apos;s server cannot be reached</source>
        <translation>no se puede llegar al servidor de la sala</translation>
    </message>
</context>
<context>
    <name>Tandem::StorageBanner</name>
    <message>
        <location filename="../ui/widgets/StorageBanner.cpp" line="+29"/>
        <source>Message database problem</source>
        <translation>Problema con la base de datos de mensajes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tandem stopped writing to the message database because it is damaged. Nothing has been deleted, and what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>Tandem ha dejado de escribir en la base de datos de mensajes porque está dañada. No se ha borrado nada y se muestra lo que aún puede leerse. Cierre Tandem y ejecute «tandem repair»: guarda aparte el archivo dañado y copia cada mensaje legible en una base de datos nueva.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The message database cannot be written to right now. %1 Messages are kept in memory until the database can be written again (%n waiting).</source>
        <translation>
            <numerusform>La base de datos de mensajes no se puede escribir ahora. %1 Los mensajes se guardan en memoria hasta que pueda escribirse de nuevo (%n en espera).</numerusform>
            <numerusform>La base de datos de mensajes no se puede escribir ahora. %1 Los mensajes se guardan en memoria hasta que pueda escribirse de nuevo (%n en espera).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::StorageError</name>
    <message>
        <location filename="../core/storage/DatabaseOpener.cpp" line="+27"/>
        <source>Its file “%1” is not writable.</source>
        <translation>Su archivo «%1» no se puede escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not writable.</source>
        <translation>El archivo no se puede escribir.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder is not writable.</source>
        <translation>La carpeta no se puede escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write-ahead logging could not be enabled (journal mode is “%1”).</source>
        <translation>No se pudo activar el registro de escritura anticipada (el modo de diario es «%1»).</translation>
    </message>
    <message>
        <location filename="../core/storage/IdKey.cpp" line="+174"/>
        <source>The database has no valid message id key (table store_meta).</source>
        <translation>La base de datos no tiene una clave de id de mensaje válida (tabla store_meta).</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageNormalization.cpp" line="+96"/>
        <source>A message without account or conversation cannot be stored.</source>
        <translation>No se puede guardar un mensaje sin cuenta ni conversación.</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageQueries.cpp" line="+162"/>
        <source>Message %1 is not in the archive of %2.</source>
        <translation>El mensaje %1 no está en el archivo de %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+87"/>
        <source>Updating the message database to schema version %1 failed; nothing was changed. %2</source>
        <translation>Falló la actualización de la base de datos de mensajes a la versión de esquema %1; no se cambió nada. %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchFunctions.cpp" line="+248"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Esta biblioteca SQLite no tiene búsqueda de texto completo (FTS5).</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchQueries.cpp" line="+212"/>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>El texto de búsqueda es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteConnection.cpp" line="+89"/>
        <source>The message database is not open.</source>
        <translation>La base de datos de mensajes no está abierta.</translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+53"/>
        <source>The message database “%1” is damaged or is not a Tandem database. It has been left untouched.</source>
        <translation>La base de datos de mensajes «%1» está dañada o no es una base de datos de Tandem. No se ha tocado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is damaged.</source>
        <translation>La base de datos de mensajes está dañada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is locked by another program (is Tandem already running?).</source>
        <translation>La base de datos de mensajes «%1» está bloqueada por otro programa (¿ya se está ejecutando Tandem?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is locked by another program.</source>
        <translation>La base de datos de mensajes está bloqueada por otro programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” was written by a newer version of Tandem.</source>
        <translation>La base de datos de mensajes «%1» la escribió una versión más reciente de Tandem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database was written by a newer version of Tandem.</source>
        <translation>La base de datos de mensajes la escribió una versión más reciente de Tandem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the message database “%1” is full.</source>
        <translation>El disco que contiene la base de datos de mensajes «%1» está lleno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the message database is full.</source>
        <translation>El disco que contiene la base de datos de mensajes está lleno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is read-only.</source>
        <translation>La base de datos de mensajes «%1» es de solo lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database is read-only.</source>
        <translation>La base de datos de mensajes es de solo lectura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” cannot be opened: its folder is missing, or it is not accessible or not writable.</source>
        <translation>No se puede abrir la base de datos de mensajes «%1»: falta su carpeta, o no es accesible o no se puede escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database cannot be opened.</source>
        <translation>No se puede abrir la base de datos de mensajes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message database “%1” reported an error.</source>
        <translation>La base de datos de mensajes «%1» informó de un error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database reported an error.</source>
        <translation>La base de datos de mensajes informó de un error.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Details: %2)</source>
        <translation>%1 (Detalles: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Its schema version is %2, but this version of Tandem only knows schema versions up to %3. Please update Tandem; the file has not been changed.</source>
        <translation>%1 Su versión de esquema es %2, pero esta versión de Tandem solo conoce versiones de esquema hasta la %3. Actualice Tandem; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message database “%1” is damaged: some of its pages cannot be read. Tandem has stopped writing to it, so that the damage does not spread; what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>La base de datos de mensajes «%1» está dañada: algunas de sus páginas no se pueden leer. Tandem ha dejado de escribir en ella para que el daño no se extienda; se muestra lo que aún se puede leer. Cierre Tandem y ejecute «tandem repair»: aparta el archivo dañado y copia todos los mensajes legibles en una base de datos nueva.</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineModel</name>
    <message numerus="yes">
        <location filename="../core/models/TimelineModelRoles.cpp" line="+24"/>
        <source>(%n more characters not shown; Copy Message Text copies the whole message)</source>
        <translation>
            <numerusform>(%n carácter más no se muestra; «Copiar el texto del mensaje» copia el mensaje entero)</numerusform>
            <numerusform>(%n caracteres más no se muestran; «Copiar el texto del mensaje» copia el mensaje entero)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineView</name>
    <message>
        <location filename="../ui/widgets/TimelineView.cpp" line="+21"/>
        <source>Jump to the latest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jump to latest</source>
        <translation>Ir al más reciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to first unread</source>
        <translation>Ir al primero sin leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the first unread message</source>
        <translation>Ir al primer mensaje sin leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimelineViewInput.cpp" line="+205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Message &amp;Text</source>
        <translation>Copiar el &amp;texto del mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Link</source>
        <translation>&amp;Abrir enlace</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <location filename="../ui/widgets/TrayIcon.cpp" line="+16"/>
        <source>Show Tandem</source>
        <translation>Mostrar Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tandem: %n unread message(s)</source>
        <translation>
            <numerusform>Tandem: %n mensaje sin leer</numerusform>
            <numerusform>Tandem: %n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
</TS>
