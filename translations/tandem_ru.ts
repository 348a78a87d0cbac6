<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../app/AccountCommand.cpp" line="+36"/>
        <source>Add (or update) an account of this profile.</source>
        <translation>Добавить (или обновить) учётную запись этого профиля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account address, name@server.</source>
        <translation>Адрес учётной записи, имя@сервер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from FILE (first line).</source>
        <translation>Прочитать пароль из ФАЙЛА (первая строка).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connect to HOST instead of looking up DNS.</source>
        <translation>Подключаться к УЗЛУ вместо поиска в DNS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>УЗЕЛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to PORT (default 5222).</source>
        <translation>Подключаться к ПОРТУ (по умолчанию 5222).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>ПОРТ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authority (or self-signed server certificate) in PEM file FILE, for this account only.</source>
        <translation>Дополнительно доверять центру сертификации (или самоподписанному сертификату сервера) из PEM-файла ФАЙЛ, только для этой учётной записи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the password: auto (keychain, else a private file), keychain, or file.</source>
        <translation>Где хранить пароль: auto (связка ключей, иначе личный файл), keychain или file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>РЕЖИМ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account add needs exactly one JID.</source>
        <translation>account add требует ровно один JID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid account address &apos;%1&apos;: %2</source>
        <translation>Недопустимый адрес учётной записи &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-file is required.</source>
        <translation>Параметр --password-file обязателен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password file %1 is empty.</source>
        <translation>Файл пароля %1 пуст.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Недопустимый порт &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No PEM certificate found in %1.</source>
        <translation>В %1 не найден сертификат PEM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --password-store &apos;%1&apos; (auto, keychain or file).</source>
        <translation>Недопустимое значение --password-store &apos;%1&apos; (auto, keychain или file).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning:</source>
        <translation>предупреждение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 saved in %2. A running Tandem on this profile picks it up when restarted.</source>
        <translation>Учётная запись %1 сохранена в %2. Запущенный с этим профилем Tandem подхватит её после перезапуска.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (disabled)</source>
        <translation> (отключена)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: tandem account add JID --password-file FILE [options] | tandem account list</source>
        <translation>Использование: tandem account add JID --password-file ФАЙЛ [параметры] | tandem account list</translation>
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
        <translation>Tandem: XMPP-клиент, групповые чаты которого принадлежат учётной записи, а не отдельному устройству.

Команды:
  (нет)                       Запустить графический клиент.
  xmpp:JID                    Запустить графический клиент (или вывести его на передний план) и открыть
                              беседу с JID; часть ?запрос (?join, ?message) игнорируется.
  account add JID --password-file ФАЙЛ [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Добавить учётную запись в профиль без графического интерфейса. Пароль
                              сохраняется в системной связке ключей или, при «auto» и без связки ключей,
                              в файле, доступном для чтения только вам (с предупреждением).
  account list                Учётные записи профиля.
  ctl status [--json]
                              Состояние запущенного экземпляра профиля.
  ctl send JID ТЕКСТ [--json]
                              Отправить сообщение через запущенный экземпляр.
  ctl history JID [--limit N] [--json]
                              Последние N сообщений (по умолчанию 50) беседы или комнаты.
  ctl search ЗАПРОС [--in JID] [--limit N] [--json]
                              Искать в сообщениях всех бесед или одной. Должны встретиться все слова;
                              «фраза» в кавычках; слово* для поиска по префиксу.
  ctl read JID [--up-to ID] [--json]
                              Отметить беседу как прочитанную (до сообщения ID) на всех
                              устройствах учётной записи (XEP-0490).
  ctl unread [--json]
                              Беседы с непрочитанными сообщениями и упоминания.
  ctl export JID [--format text|json] [--output ФАЙЛ] [--json]
                              Вся беседа, от старых сообщений к новым, в стандартный вывод или в ФАЙЛ
                              (--json — сокращение для --format json).
  ctl rooms [--json]
                              Комнаты этой учётной записи с состоянием и числом участников
                              (и скрывает ли их это устройство).
  ctl join КОМНАТА [--nick N] [--password P] [--json]
                              Войти в комнату (новая комната создаётся как мгновенная).
  ctl leave КОМНАТА [--json]
                              Покинуть комнату.
  ctl hide КОМНАТА [--json]
                              Скрыть комнату только на этом устройстве (учётная запись её сохраняет).
  ctl show КОМНАТА [--json]
                              Снова показать скрытую комнату на этом устройстве.
  ctl occupants КОМНАТА [--json]
                              Кто находится в комнате.
  ctl nick КОМНАТА ПСЕВДОНИМ [--json]
                              Сменить псевдоним учётной записи в комнате.
  ctl subject КОМНАТА [ТЕКСТ] [--json]
                              Задать (или, без ТЕКСТА, очистить) тему комнаты.
  ctl correct JID ID ТЕКСТ [--json]
                              Исправить своё сообщение ID (его origin_id) в чате или комнате.
  ctl anchor [--json]
                              Сделать это устройство якорем учётной записи (тем, что находится в комнатах).
  ctl active [--json]
                              Считать пользователя активным на этом устройстве сейчас: уведомляет только оно.
  ctl notifications [--json]
                              О чём уведомило это устройство; на каких устройствах активен пользователь.
  repair                      Если база данных сообщений повреждена (Tandem сообщит об этом):
                              переименовать её, не изменяя, и скопировать все ещё читаемые сообщения
                              в новую; при следующем запуске остальное загружается из архивов сервера.
                              Только пока Tandem не запущен.
  Адрес комнаты подходит везде, где подходит адрес контакта (ctl send КОМНАТА ТЕКСТ).
  Каждая команда ctl принимает --account JID (по умолчанию первая учётная запись профиля),
  а --json выводит ответ в стабильной форме JSON, описанной в README.

&apos;tandem ctl&apos; обращается к Tandem, уже запущенному с тем же профилем; код выхода 1 —
если он не запущен или команда не выполнена, 2 — при ошибке в аргументах. Данные хранятся
в каталоге профиля (по умолчанию: %1).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Use the profile in DIR (one profile is one device).</source>
        <translation>Использовать профиль в КАТАЛОГЕ (один профиль — одно устройство).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without a window, as an always-on device (for a home server). Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Работать без окна, как постоянно включённое устройство (для домашнего сервера). Корректно завершается по SIGTERM или SIGINT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak LANG instead of the desktop&apos;s language: %1.</source>
        <translation>Использовать ЯЗЫК вместо языка рабочего стола: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account, ctl or repair; see the list above.</source>
        <translation>account, ctl или repair; см. список выше.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Run &apos;tandem --help&apos; for usage.</source>
        <translation>Справка по использованию: &apos;tandem --help&apos;.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown language &apos;%1&apos; for --lang; Tandem speaks %2.</source>
        <translation>Неизвестный язык &apos;%1&apos; для --lang; Tandem поддерживает: %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem --help&apos; for usage.</source>
        <translation>Неизвестная команда &apos;%1&apos;. Справка по использованию: &apos;tandem --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+25"/>
        <source>Print the stable JSON form.</source>
        <translation>Вывести в стабильной форме JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many messages (default 50).</source>
        <translation>Сколько сообщений (по умолчанию 50).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act as account JID (default: the profile&apos;s first).</source>
        <translation>Действовать от учётной записи JID (по умолчанию первой в профиле).</translation>
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
        <translation>Псевдоним для входа.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NICK</source>
        <translation>ПСЕВДОНИМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password.</source>
        <translation>Пароль комнаты.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PASSWORD</source>
        <translation>ПАРОЛЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only in this conversation or room.</source>
        <translation>search: только в этой беседе или комнате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: text (default) or json.</source>
        <translation>export: text (по умолчанию) или json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export: записать в ФАЙЛ вместо стандартного вывода.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: only up to this message (its id in &apos;ctl history --json&apos;).</source>
        <translation>read: только до этого сообщения (его id в &apos;ctl history --json&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--in only applies to &apos;search&apos;.</source>
        <translation>--in применяется только к &apos;search&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format and --output only apply to &apos;export&apos;.</source>
        <translation>--format и --output применяются только к &apos;export&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--up-to only applies to &apos;read&apos;.</source>
        <translation>--up-to применяется только к &apos;read&apos;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Control the running Tandem of a profile. &apos;tandem --help&apos; describes every command.</source>
        <translation>Управление запущенным Tandem профиля. Все команды описаны в &apos;tandem --help&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of the commands above, with its arguments.</source>
        <translation>Одна из команд выше с её аргументами.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missing command. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Не указана команда. Справка: &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Неизвестная команда &apos;%1&apos;. Справка: &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: tandem ctl %1</source>
        <translation>Использование: tandem ctl %1</translation>
    </message>
    <message>
        <location filename="../app/CtlCommands.cpp" line="+18"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit требует положительного числа.</translation>
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
        <translation>Состояние запущенного экземпляра профиля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID TEXT</source>
        <translation>JID ТЕКСТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message through the running instance.</source>
        <translation>Отправить сообщение через запущенный экземпляр.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JID [--limit N] [--json]</source>
        <translation>JID [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N messages (default 50) of a conversation or room.</source>
        <translation>Последние N сообщений (по умолчанию 50) беседы или комнаты.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QUERY [--in JID] [--limit N] [--json]</source>
        <translation>ЗАПРОС [--in JID] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations, or of one.</source>
        <translation>Искать в сообщениях всех бесед или одной.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JID [--up-to ID]</source>
        <translation>JID [--up-to ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a conversation read, on every device of the account.</source>
        <translation>Отметить беседу как прочитанную на всех устройствах учётной записи.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--up-to takes a message id, as &apos;ctl history --json&apos; shows it.</source>
        <translation>--up-to требует id сообщения в том виде, в каком его показывает &apos;ctl history --json&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversations with unread messages, and how many mention you.</source>
        <translation>Беседы с непрочитанными сообщениями и число упоминаний вас.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID [--format text|json] [--output FILE]</source>
        <translation>JID [--format text|json] [--output ФАЙЛ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole conversation, oldest first, to standard output or FILE.</source>
        <translation>Вся беседа, от старых сообщений к новым, в стандартный вывод или в ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is text or json.</source>
        <translation>--format принимает text или json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rooms this account is in, with state and occupant count.</source>
        <translation>Комнаты этой учётной записи с состоянием и числом участников.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROOM [--nick N] [--password P]</source>
        <translation>КОМНАТА [--nick N] [--password P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room (a new room is created as an instant room).</source>
        <translation>Войти в комнату (новая комната создаётся как мгновенная).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>ROOM</source>
        <translation>КОМНАТА</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Leave a room.</source>
        <translation>Покинуть комнату.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide a room on this device only: not listed, not notified, still kept for the account.</source>
        <translation>Скрыть комнату только на этом устройстве: не показывается в списке, не уведомляет, но остаётся у учётной записи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a hidden room on this device again, with all its history.</source>
        <translation>Снова показать скрытую комнату на этом устройстве со всей её историей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is in a room.</source>
        <translation>Кто находится в комнате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROOM NICK</source>
        <translation>КОМНАТА ПСЕВДОНИМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the account&apos;s nickname in a room.</source>
        <translation>Сменить псевдоним учётной записи в комнате.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROOM [TEXT]</source>
        <translation>КОМНАТА [ТЕКСТ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set (or, without TEXT, clear) a room&apos;s subject.</source>
        <translation>Задать (или, без ТЕКСТА, очистить) тему комнаты.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JID MESSAGE-ID TEXT</source>
        <translation>JID ID-СООБЩЕНИЯ ТЕКСТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of your messages (MESSAGE-ID: its origin_id) in a chat or room.</source>
        <translation>Исправить одно из своих сообщений (ID-СООБЩЕНИЯ: его origin_id) в чате или комнате.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this device the account&apos;s anchor (the one in the rooms).</source>
        <translation>Сделать это устройство якорем учётной записи (тем, что находится в комнатах).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the user as active on this device now (as a key press would): it notifies alone.</source>
        <translation>Считать пользователя активным на этом устройстве сейчас (как при нажатии клавиши): уведомляет только оно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this device notified, and which devices the user is active on.</source>
        <translation>О чём уведомило это устройство и на каких устройствах активен пользователь.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="+33"/>
        <source>Tandem %1 (%2), pid %3, profile %4</source>
        <translation>Tandem %1 (%2), pid %3, профиль %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account configured: use &apos;tandem account add&apos;.</source>
        <translation>Учётная запись не настроена: используйте &apos;tandem account add&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1  %2, %3</source>
        <translation>  %1  %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rooms. Join one with: tandem ctl join ROOM</source>
        <translation>Нет комнат. Войти в комнату: tandem ctl join КОМНАТА</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left (%1)</source>
        <translation>покинута (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1  %2 as %3, %n occupant(s)</source>
        <translation>
            <numerusform>%1  %2 как %3, %n участник</numerusform>
            <numerusform>%1  %2 как %3, %n участника</numerusform>
            <numerusform>%1  %2 как %3, %n участников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(hidden on this device)</source>
        <translation>(скрыта на этом устройстве)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hidden on this device</source>
        <translation>скрыта на этом устройстве</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on this device</source>
        <translation>показана на этом устройстве</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message %1 to %2: %3</source>
        <translation>Сообщение %1 для %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No messages found.</source>
        <translation>Сообщения не найдены.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n непрочитанное</numerusform>
            <numerusform>%1: %n непрочитанных</numerusform>
            <numerusform>%1: %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing unread.</source>
        <translation>Непрочитанных нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %n unread</source>
        <translation>
            <numerusform>%1  %n непрочитанное</numerusform>
            <numerusform>%1  %n непрочитанных</numerusform>
            <numerusform>%1  %n непрочитанных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n упоминание</numerusform>
            <numerusform>%n упоминания</numerusform>
            <numerusform>%n упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active since %1</source>
        <translation>активен с %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle since %1</source>
        <translation>бездействует с %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no activity reported</source>
        <translation>об активности не сообщалось</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device: %1</source>
        <translation>Это устройство: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>notifies on this device</source>
        <translation>уведомляет на этом устройстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another device notifies</source>
        <translation>уведомляет другое устройство</translation>
    </message>
    <message>
        <location line="+48"/>
        <source># Conversation %1 of %2, exported %3. Times are UTC.
</source>
        <translation># Беседа %1 учётной записи %2, экспортирована %3. Время в UTC.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Writing the export failed: %1</source>
        <translation>Не удалось записать экспорт: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n сообщение в %1.</numerusform>
            <numerusform>Экспортировано %n сообщения в %1.</numerusform>
            <numerusform>Экспортировано %n сообщений в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlCommand::ExportTarget</name>
    <message>
        <location filename="../app/ExportTarget.cpp" line="+28"/>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся записать в стандартный вывод.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export to %1: it is a directory.</source>
        <translation>Не удаётся экспортировать в %1: это каталог.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export to %1: it is a special file (give a file, a FIFO or a character device).</source>
        <translation>Не удаётся экспортировать в %1: это специальный файл (укажите обычный файл, FIFO или символьное устройство).</translation>
    </message>
</context>
<context>
    <name>GuiMode</name>
    <message>
        <location filename="../app/GuiMode.cpp" line="+41"/>
        <source>The profile %1 is in use by a headless Tandem (process %2), which has no window. Stop it first, or start the window on another profile (--profile DIR).</source>
        <translation>Профиль %1 используется Tandem без графического интерфейса (процесс %2), у которого нет окна. Сначала остановите его или откройте окно с другим профилем (--profile КАТАЛОГ).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandem cannot start</source>
        <translation>Не удаётся запустить Tandem</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <location filename="../app/HeadlessMode.cpp" line="+39"/>
        <source>shutting down</source>
        <translation>завершение работы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storage error:</source>
        <translation>ошибка хранилища:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no account configured; add one with &apos;tandem --profile %1 account add&apos;</source>
        <translation>учётная запись не настроена; добавьте её командой &apos;tandem --profile %1 account add&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandem is running headless on profile %1 as %2. Try: tandem --profile %1 ctl status</source>
        <translation>Tandem работает без графического интерфейса с профилем %1 как %2. Попробуйте: tandem --profile %1 ctl status</translation>
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
        <translation>Чат с имя@сервер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat address</source>
        <translation>Адрес нового чата</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage error: %1</source>
        <translation>Ошибка хранилища: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account. Add one with Tandem › Add an Account…</source>
        <translation>Нет учётной записи. Добавьте её через Tandem › Добавить учётную запись…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this account&apos;s devices</source>
        <translation>Показать устройства этой учётной записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: %1</source>
        <translation>Устройства: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Устройства</translation>
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
        <translation>Добавить &amp;учётную запись…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make This Device the &amp;Anchor</source>
        <translation>Сделать это устройство &amp;якорем</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Беседа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Chat…</source>
        <translation>&amp;Новый чат…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join a Group Chat…</source>
        <translation>&amp;Войти в групповой чат…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Перейти к беседе…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hidden Rooms</source>
        <translation>&amp;Скрытые комнаты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in Conversation…</source>
        <translation>Н&amp;айти в беседе…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search All Messages…</source>
        <translation>По&amp;иск по всем сообщениям…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 on this device again</source>
        <translation>Снова показать %1 на этом устройстве</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Hidden Rooms</source>
        <translation>Нет скрытых комнат</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <location filename="../app/RepairCommand.cpp" line="+24"/>
        <source>Usage: tandem [--profile DIR] repair</source>
        <translation>Использование: tandem [--profile КАТАЛОГ] repair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit it before repairing its database.</source>
        <translation>Закройте его перед восстановлением базы данных.</translation>
    </message>
</context>
<context>
    <name>RoomEventText</name>
    <message>
        <location filename="../core/models/RoomEventText.cpp" line="+16"/>
        <source>%1 joined</source>
        <translation>%1 входит в комнату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 выходит из комнаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left: %2</source>
        <translation>%1 выходит из комнаты: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was kicked</source>
        <translation>%1 выгнан(а) из комнаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was kicked: %2</source>
        <translation>%1 выгнан(а) из комнаты: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 заблокирован(а)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was banned: %2</source>
        <translation>%1 заблокирован(а): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 теперь %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject was cleared</source>
        <translation>Тема очищена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cleared the subject</source>
        <translation>%1 очищает тему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is now “%1”</source>
        <translation>Тема теперь «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the subject to “%2”</source>
        <translation>%1 меняет тему на «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You joined</source>
        <translation>Вы входите в комнату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You left</source>
        <translation>Вы выходите из комнаты</translation>
    </message>
</context>
<context>
    <name>Tandem</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+24"/>
        <source>The directory %1 does not exist.</source>
        <translation>Каталог %1 не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it is a symbolic link.</source>
        <translation>Каталог %1 отклонён: это символическая ссылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing %1: it is not a directory.</source>
        <translation>%1 отклонён: это не каталог.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it belongs to another user (uid %2).</source>
        <translation>Каталог %1 отклонён: он принадлежит другому пользователю (uid %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing the directory %1: its mode is %2, it must be 0700 (only you).</source>
        <translation>Каталог %1 отклонён: его права %2, а должны быть 0700 (только вы).</translation>
    </message>
</context>
<context>
    <name>Tandem::Account</name>
    <message>
        <location filename="../core/account/AccountMessages.cpp" line="+72"/>
        <source>the server answered with an error</source>
        <translation>сервер ответил ошибкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered: %1</source>
        <translation>ответ сервера: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This device is always on (prefer it as the anchor)</source>
        <translation>Это устройство всегда включено (предпочитать его в качестве якоря)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell contacts when I have &amp;read their messages</source>
        <translation>Сообщать контактам о &amp;прочтении их сообщений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Доверять этому сертификату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Account</source>
        <translation>Добавление учётной записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.org</source>
        <translation>vy@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found from the address</source>
        <translation>Определяется по адресу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server host</source>
        <translation>Узел сервера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Узел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is always on</source>
        <translation>Это устройство всегда включено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell contacts when I have read their messages</source>
        <translation>Сообщать контактам о прочтении их сообщений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection result</source>
        <translation>Результат подключения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is not an address: %1</source>
        <translation>Это не адрес: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the account&apos;s password.</source>
        <translation>Введите пароль учётной записи.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connected. Saving the account…</source>
        <translation>Подключено. Сохранение учётной записи…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be saved: %1</source>
        <translation>Не удалось сохранить учётную запись: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountListModel</name>
    <message>
        <location filename="../core/models/AccountListModel.cpp" line="+31"/>
        <source>%1, enabled</source>
        <translation>%1, включена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, disabled</source>
        <translation>%1, отключена</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountsDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountsDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts (checked ones connect)</source>
        <translation>Учётные записи (отмеченные подключаются)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account</source>
        <translation>Удалить выбранную учётную запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove Account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device? Its password is forgotten here; its messages stay in the archive on this device and come back if you add the account again.</source>
        <translation>Удалить %1 с этого устройства? Её пароль здесь будет забыт; её сообщения останутся в архиве на этом устройстве и вернутся, если снова добавить учётную запись.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Tandem::BookmarksManager0402</name>
    <message>
        <location filename="../core/xmpp/BookmarksManager0402.cpp" line="+92"/>
        <source>Cannot bookmark &apos;%1&apos;</source>
        <translation>Не удаётся добавить закладку для &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot find out how the server stores bookmarks</source>
        <translation>Не удаётся выяснить, как сервер хранит закладки</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot fetch the bookmarks</source>
        <translation>Не удаётся получить закладки</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot save the bookmark of %1</source>
        <translation>Не удаётся сохранить закладку %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the bookmarks node exists with a configuration other than XEP-0402&apos;s (%1)</source>
        <translation>узел закладок существует с конфигурацией, отличной от XEP-0402 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the bookmark of %1</source>
        <translation>Не удаётся удалить закладку %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bookmarks (XEP-0048)</source>
        <translation>Закладки (XEP-0048)</translation>
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
        <translation>Комната</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Room actions</source>
        <translation>Действия с комнатой</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Your &amp;Nick…</source>
        <translation>Сменить &amp;псевдоним…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;Subject…</source>
        <translation>Сменить &amp;тему…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide on This Device</source>
        <translation>&amp;Скрыть на этом устройстве</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Leave the Room</source>
        <translation>П&amp;окинуть комнату</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Conversation with %1</source>
        <translation>Беседа с %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Your Nick</source>
        <translation>Смена псевдонима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nick in %1:</source>
        <translation>Ваш псевдоним в %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room kept your nick, not %1: %2</source>
        <translation>Комната оставила ваш псевдоним, а не %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the Subject</source>
        <translation>Смена темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of %1:</source>
        <translation>Тема %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject was not changed: %1</source>
        <translation>Тема не изменена: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatView</name>
    <message>
        <location filename="../ui/widgets/ChatView.cpp" line="+55"/>
        <source>Choose a conversation on the left, press Ctrl+K to go to one, Ctrl+N to start a chat or Ctrl+J to join a group chat.</source>
        <translation>Выберите беседу слева, нажмите Ctrl+K, чтобы перейти к беседе, Ctrl+N, чтобы начать чат, или Ctrl+J, чтобы войти в групповой чат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correcting your last message. Esc gives it up.</source>
        <translation>Исправление последнего сообщения. Esc — отмена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+70"/>
        <source>Write a message…</source>
        <translation>Напишите сообщение…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+70"/>
        <source>Write to %1…</source>
        <translation>Написать %1…</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionError</name>
    <message>
        <location filename="../core/session/ConnectionError.cpp" line="+74"/>
        <source>Authentication failed: the server rejected the address or password.</source>
        <translation>Ошибка аутентификации: сервер отклонил адрес или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server not found: the name could not be resolved (DNS).</source>
        <translation>Сервер не найден: не удалось разрешить имя (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection (nothing is listening on that port).</source>
        <translation>Сервер отклонил подключение (на этом порту никто не слушает).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is unreachable: check the network connection.</source>
        <translation>Сервер недоступен: проверьте сетевое подключение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: the server&apos;s certificate is not trusted or TLS could not be established.</source>
        <translation>Не удалось установить защищённое подключение: сертификат сервера не является доверенным или не удалось установить TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session with the same device name took over this connection.</source>
        <translation>Другой сеанс с тем же именем устройства перехватил это подключение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Подключение к серверу потеряно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error.</source>
        <translation>Сервер закрыл подключение с ошибкой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is available for this account.</source>
        <translation>Для этой учётной записи нет пароля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer encryption (STARTTLS); Tandem never logs in without it.</source>
        <translation>Сервер не предлагает шифрование (STARTTLS); без него Tandem никогда не входит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time: it may be unreachable, or the network blocks the connection.</source>
        <translation>Сервер не ответил вовремя: возможно, он недоступен или сеть блокирует подключение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation>Сертификат сервера не является доверенным (отпечаток SHA-256 %1). Доверяйте ему, только если администратор сервера подтвердит этот отпечаток.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlClient</name>
    <message>
        <location filename="../core/ctl/ControlClient.cpp" line="+33"/>
        <source>No running Tandem for this profile (nothing listens on %1).</source>
        <translation>Для этого профиля не запущен Tandem (на %1 никто не слушает).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: %2</source>
        <translation>Управляющий сокет %1 отклонён: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: it belongs to another user (uid %2).</source>
        <translation>Управляющий сокет %1 отклонён: он принадлежит другому пользователю (uid %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refusing the control socket %1: it is served by another user (uid %2).</source>
        <translation>Управляющий сокет %1 отклонён: его обслуживает другой пользователь (uid %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not send the request: %1</source>
        <translation>Не удалось отправить запрос: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem did not answer within %1 seconds.</source>
        <translation>Tandem не ответил в течение %1 с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandem closed the connection without answering.</source>
        <translation>Tandem закрыл подключение, не ответив.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem sent a malformed answer: %1</source>
        <translation>Tandem прислал некорректный ответ: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlCommands</name>
    <message>
        <location filename="../core/ctl/ControlActivityCommands.cpp" line="+34"/>
        <source>A headless Tandem has no user at it: it is never active.</source>
        <translation>У Tandem без графического интерфейса нет пользователя: он никогда не бывает активен.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlCommands.cpp" line="+74"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account is configured in this profile.</source>
        <translation>В этом профиле не настроено ни одной учётной записи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account %1 in this profile.</source>
        <translation>В этом профиле нет учётной записи %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invalid recipient &apos;%1&apos;: %2</source>
        <translation>Недопустимый получатель &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty.</source>
        <translation>Сообщение пустое.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+27"/>
        <source>The message was not sent: %1</source>
        <translation>Сообщение не отправлено: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+121"/>
        <source>The limit must be between 1 and %1.</source>
        <translation>Предел должен быть от 1 до %1.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Tandem runs headless on this profile (process %1): it has no window to show.</source>
        <translation>Tandem работает с этим профилем без графического интерфейса (процесс %1): у него нет окна, которое можно показать.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A correction needs the id of the message and the new text.</source>
        <translation>Для исправления нужны id сообщения и новый текст.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Недопустимый адрес &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing to search for.</source>
        <translation>Нечего искать.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The page size must be between 1 and %1.</source>
        <translation>Размер страницы должен быть от 1 до %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlReadCommands.cpp" line="+38"/>
        <source>--up-to takes a message id, as `ctl history --json` shows it.</source>
        <translation>--up-to требует id сообщения в том виде, в каком его показывает `ctl history --json`.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no messages in %1.</source>
        <translation>В %1 нет сообщений.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+31"/>
        <location line="+51"/>
        <source>Invalid room address &apos;%1&apos;: %2</source>
        <translation>Недопустимый адрес комнаты &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Could not join %1: %2</source>
        <translation>Не удалось войти в %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying.</source>
        <translation>Пока нет ответа от %1; Tandem продолжает попытки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>Not in room %1.</source>
        <translation>Нет в комнате %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only moderators may change the subject of this room</source>
        <translation>менять тему этой комнаты могут только модераторы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The nickname is empty.</source>
        <translation>Псевдоним пуст.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlRequest</name>
    <message>
        <location filename="../core/ctl/ControlRequest.cpp" line="+25"/>
        <source>Malformed request: %1</source>
        <translation>Некорректный запрос: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed request: not a JSON object</source>
        <translation>Некорректный запрос: это не объект JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: no command name</source>
        <translation>Некорректный запрос: нет имени команды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: the arguments are not a JSON object</source>
        <translation>Некорректный запрос: аргументы не являются объектом JSON</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlServer</name>
    <message>
        <location filename="../core/ctl/ControlServer.cpp" line="+63"/>
        <location line="+6"/>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Не удаётся открыть управляющий сокет %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This Tandem belongs to another user; it takes no commands from you.</source>
        <translation>Этот Tandem принадлежит другому пользователю; он не принимает ваши команды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many control connections at once (%1); try again.</source>
        <translation>Слишком много управляющих подключений одновременно (%1); повторите попытку.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tandem is still starting.</source>
        <translation>Tandem ещё запускается.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationDelegate</name>
    <message>
        <location filename="../ui/widgets/ConversationDelegate.cpp" line="+171"/>
        <source>Draft: %1</source>
        <translation>Черновик: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationListView</name>
    <message>
        <location filename="../ui/widgets/ConversationListView.cpp" line="+35"/>
        <location line="+1"/>
        <source>Filter conversations</source>
        <translation>Фильтр бесед</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 1 Hour</source>
        <translation>Без звука на 1 час</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 8 Hours</source>
        <translation>Без звука на 8 часов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute Until I Unmute</source>
        <translation>Без звука, пока не включу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Chat</source>
        <translation>Закрыть чат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide on This Device</source>
        <translation>Скрыть на этом устройстве</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stays the account&apos;s room, shown on your other devices; its messages are still kept</source>
        <translation>Она остаётся комнатой учётной записи и показывается на других ваших устройствах; её сообщения по-прежнему хранятся</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave Room</source>
        <translation>Покинуть комнату</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notify</source>
        <translation>Уведомлять</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Usual for This Room</source>
        <translation>Как обычно для этой комнаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For All Messages</source>
        <translation>Обо всех сообщениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only When Mentioned</source>
        <translation>Только при упоминании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
</context>
<context>
    <name>Tandem::DatabaseRepair</name>
    <message>
        <location filename="../core/storage/DatabaseRepair.cpp" line="+261"/>
        <source>There is no database file to repair.</source>
        <translation>Нет файла базы данных для восстановления.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>It could not be renamed to “%1”.</source>
        <translation>Не удалось переименовать её в «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its file “%1” could not be renamed.</source>
        <translation>Не удалось переименовать её файл «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file is now “%1”, but the new database “%2” could not take its place; rename it yourself.</source>
        <translation>Повреждённый файл теперь называется «%1», но новая база данных «%2» не смогла занять его место; переименуйте её сами.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was repaired: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The damaged database was renamed to “%1”. It has not been changed; delete it once you are content with the repair.</source>
        <translation>Повреждённая база данных переименована в «%1». Она не изменена; удалите её, когда убедитесь, что восстановление прошло успешно.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new database took its place, with the %n message(s) that could be read.</source>
        <translation>
            <numerusform>Её место заняла новая база данных с %n сообщением, которое удалось прочитать.</numerusform>
            <numerusform>Её место заняла новая база данных с %n сообщениями, которые удалось прочитать.</numerusform>
            <numerusform>Её место заняла новая база данных с %n сообщениями, которые удалось прочитать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stretch(es) of messages could not be read: their pages are damaged. Tandem fetches them again from the server archives on its next start, where the server keeps an archive.</source>
        <translation>
            <numerusform>Не удалось прочитать %n участок сообщений: его страницы повреждены. При следующем запуске Tandem снова загрузит его из архивов сервера, если сервер ведёт архив.</numerusform>
            <numerusform>Не удалось прочитать %n участка сообщений: их страницы повреждены. При следующем запуске Tandem снова загрузит их из архивов сервера, если сервер ведёт архив.</numerusform>
            <numerusform>Не удалось прочитать %n участков сообщений: их страницы повреждены. При следующем запуске Tandem снова загрузит их из архивов сервера, если сервер ведёт архив.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some records of these tables could not be read either: %1.</source>
        <translation>Некоторые записи этих таблиц тоже не удалось прочитать: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row could be read: nothing was lost.</source>
        <translation>Все строки прочитаны: ничего не потеряно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search index is rebuilt in the background.</source>
        <translation>Поисковый индекс перестраивается в фоновом режиме.</translation>
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
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceListModel</name>
    <message>
        <location filename="../core/models/DeviceListModel.cpp" line="+211"/>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>ведомое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchor</source>
        <translation>якорь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>solo</source>
        <translation>единственное</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the only device of the account online</source>
        <translation>единственное устройство учётной записи в сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always on</source>
        <translation>всегда включено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as the anchor</source>
        <translation>выбрано якорем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running the longest</source>
        <translation>работает дольше всех</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first by name among equals</source>
        <translation>первое по имени среди равных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keeps the rooms until a better-placed device takes over</source>
        <translation>держит комнаты, пока их не перехватит более подходящее устройство</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solo: this device holds the rooms</source>
        <translation>Единственное: это устройство держит комнаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor: this device holds the rooms</source>
        <translation>Якорь: это устройство держит комнаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling: the rooms come through the anchor</source>
        <translation>Ведомое: комнаты приходят через якорь</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (это устройство)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, anchor because: %2</source>
        <translation>%1, якорь, потому что: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor (joining the rooms)</source>
        <translation>якорь (входит в комнаты)</translation>
    </message>
</context>
<context>
    <name>Tandem::DevicesPanel</name>
    <message>
        <location filename="../ui/widgets/DevicesPanel.cpp" line="+19"/>
        <source>Make This Device the Anchor</source>
        <translation>Сделать это устройство якорем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is always on</source>
        <translation>Это устройство всегда включено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices of this account</source>
        <translation>Устройства этой учётной записи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device joins the rooms and relays them to the others</source>
        <translation>Это устройство входит в комнаты и передаёт их остальным</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An always-on device is preferred as the anchor</source>
        <translation>Постоянно включённое устройство предпочтительно в качестве якоря</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · the anchor is %2 (%3)</source>
        <translation>%1 · якорь — %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · term %2</source>
        <translation>%1 · срок %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: held by no device yet</source>
        <translation>%1: пока не удерживается ни одним устройством</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: held by %2</source>
        <translation>%1: удерживается %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rooms</source>
        <translation>Нет комнат</translation>
    </message>
</context>
<context>
    <name>Tandem::DisplayedSync0490</name>
    <message>
        <location filename="../core/xmpp/DisplayedSync0490.cpp" line="+86"/>
        <source>Cannot fetch which messages were read elsewhere: %1</source>
        <translation>Не удаётся получить, какие сообщения прочитаны в другом месте: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot tell the account&apos;s other devices that %1 was read: %2</source>
        <translation>Не удаётся сообщить другим устройствам учётной записи, что %1 прочитано: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Instance</name>
    <message numerus="yes">
        <location filename="../core/account/Instance.cpp" line="+63"/>
        <source>%1 %n incoming message(s) are kept in memory and will be stored once the message database works again.</source>
        <translation>
            <numerusform>%1 %n входящее сообщение хранится в памяти и будет сохранено, как только база данных сообщений снова заработает.</numerusform>
            <numerusform>%1 %n входящих сообщения хранятся в памяти и будут сохранены, как только база данных сообщений снова заработает.</numerusform>
            <numerusform>%1 %n входящих сообщений хранятся в памяти и будут сохранены, как только база данных сообщений снова заработает.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::IqResponse</name>
    <message>
        <location filename="../core/xmpp/IqTracker.cpp" line="+51"/>
        <source>no answer from the server in time</source>
        <translation>сервер не ответил вовремя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected before the server answered</source>
        <translation>подключение разорвано до ответа сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
</context>
<context>
    <name>Tandem::Jid</name>
    <message>
        <location filename="../core/profile/Jid.cpp" line="+22"/>
        <source>The address is empty.</source>
        <translation>Адрес пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain a resource (the part after &apos;/&apos;).</source>
        <translation>Адрес не должен содержать ресурс (часть после &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must look like name@server.</source>
        <translation>Адрес должен иметь вид имя@сервер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server part of the address is not a valid domain.</source>
        <translation>Серверная часть адреса не является допустимым доменом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name part of the address contains &apos;%1&apos;, which is not allowed.</source>
        <translation>Часть адреса с именем содержит &apos;%1&apos;, что недопустимо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server part of the address contains an invalid character.</source>
        <translation>Серверная часть адреса содержит недопустимый символ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
</context>
<context>
    <name>Tandem::JoinRoomDialog</name>
    <message>
        <location filename="../ui/dialogs/JoinRoomDialog.cpp" line="+35"/>
        <source>&amp;List rooms</source>
        <translation>&amp;Список комнат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join a Group Chat</source>
        <translation>Вход в групповой чат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room@conference.example.org</source>
        <translation>komnata@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Адрес комнаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if the room has one</source>
        <translation>Только если у комнаты он есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Пароль комнаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Псевдоним:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chat service</source>
        <translation>Служба групповых чатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the service&apos;s rooms</source>
        <translation>Показать комнаты службы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Filter rooms</source>
        <translation>Фильтр комнат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rooms of the service</source>
        <translation>Комнаты службы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse rooms</source>
        <translation>Обзор комнат</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Join</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not list the rooms of %1: %2</source>
        <translation>Не удалось получить список комнат %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists no public rooms.</source>
        <translation>%1 не предоставляет публичных комнат.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n комната</numerusform>
            <numerusform>%n комнаты</numerusform>
            <numerusform>%n комнат</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the server&apos;s group chat services…</source>
        <translation>Поиск служб групповых чатов сервера…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not ask the server for its group chat services: %1</source>
        <translation>Не удалось запросить у сервера его службы групповых чатов: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server names no group chat service; type one to list its rooms.</source>
        <translation>Сервер не называет ни одной службы групповых чатов; введите её, чтобы увидеть её комнаты.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the rooms of %1…</source>
        <translation>Получение списка комнат %1…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;%1&apos; is not a room address: it needs a name, an @ and a service.</source>
        <translation>&apos;%1&apos; не является адресом комнаты: нужны имя, @ и служба.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a room address: %2</source>
        <translation>&apos;%1&apos; не является адресом комнаты: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joining %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not join %1: %2</source>
        <translation>Не удалось войти в %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying and opens it when it answers.</source>
        <translation>Пока нет ответа от %1; Tandem продолжает попытки и откроет комнату, когда она ответит.</translation>
    </message>
</context>
<context>
    <name>Tandem::LegacyBookmarks0048</name>
    <message>
        <location filename="../core/xmpp/LegacyBookmarks0048.cpp" line="+20"/>
        <source>the server did not confirm the bookmark change (XEP-0048)</source>
        <translation>сервер не подтвердил изменение закладок (XEP-0048)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not send the bookmarks (XEP-0048)</source>
        <translation>сервер не прислал закладки (XEP-0048)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disconnected before the bookmarks were saved</source>
        <translation>подключение разорвано до сохранения закладок</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot ask QXmppBookmarkManager for the bookmarks</source>
        <translation>не удаётся запросить закладки у QXmppBookmarkManager</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageDelegate</name>
    <message>
        <location filename="../ui/widgets/MessageDelegate.cpp" line="+247"/>
        <source>Loading older messages…</source>
        <translation>Загрузка более ранних сообщений…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginning of the conversation</source>
        <translation>Начало беседы</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New messages</source>
        <translation>Новые сообщения</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageLimits</name>
    <message>
        <location filename="../core/storage/MessageLimits.cpp" line="+37"/>
        <source>This message is too long to send (%1; the server takes at most %2). Send it in parts, or as a file.</source>
        <translation>Это сообщение слишком длинное для отправки (%1; сервер принимает не более %2). Отправьте его частями или файлом.</translation>
    </message>
</context>
<context>
    <name>Tandem::NotificationFeed</name>
    <message>
        <location filename="../core/account/NotificationFeed.cpp" line="+62"/>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (private, in %2)</source>
        <translation>%1 (лично, в %2)</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantListModel</name>
    <message>
        <location filename="../core/models/OccupantListModel.cpp" line="+235"/>
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others</source>
        <translation>Другие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>away</source>
        <translation>отошёл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away for a while</source>
        <translation>давно отошёл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not disturb</source>
        <translation>не беспокоить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to chat</source>
        <translation>готов поболтать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (you), %2, %3</source>
        <translation>%1 (вы), %2, %3</translation>
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
        <translation>Фильтр участников</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Occupants (%1)</source>
        <translation>Участники (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupants (%1 of %2)</source>
        <translation>Участники (%1 из %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the occupants</source>
        <translation>Показать или скрыть участников</translation>
    </message>
</context>
<context>
    <name>Tandem::Outbox</name>
    <message numerus="yes">
        <location filename="../core/session/Outbox.cpp" line="+37"/>
        <source>no confirmation after %n attempts</source>
        <translation>
            <numerusform>нет подтверждения после %n попытки</numerusform>
            <numerusform>нет подтверждения после %n попыток</numerusform>
            <numerusform>нет подтверждения после %n попыток</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no delivery receipt within a week</source>
        <translation>нет подтверждения доставки в течение недели</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server refused it as too large (%1)</source>
        <translation>сервер отклонил его как слишком большое (%1)</translation>
    </message>
</context>
<context>
    <name>Tandem::PasswordStore</name>
    <message>
        <location filename="../core/profile/PasswordStore.cpp" line="+53"/>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the password file %1: %2</source>
        <translation>Не удаётся записать файл пароля %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the keychain did not answer</source>
        <translation>связка ключей не ответила</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No system keychain is reachable (%1). The password is stored in %2, readable only by you.</source>
        <translation>Системная связка ключей недоступна (%1). Пароль сохранён в %2, доступном для чтения только вам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot store the password in the system keychain: %1</source>
        <translation>Не удаётся сохранить пароль в системной связке ключей: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Не удаётся прочитать файл пароля %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the password from the system keychain: %1</source>
        <translation>Не удаётся прочитать пароль из системной связки ключей: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the password: the system keychain did not answer.</source>
        <translation>Не удаётся прочитать пароль: системная связка ключей не ответила.</translation>
    </message>
</context>
<context>
    <name>Tandem::PrivateDirectory</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+42"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>Не удаётся создать каталог %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="+82"/>
        <source>Cannot create the profile directory %1.</source>
        <translation>Не удаётся создать каталог профиля %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile %1 is already in use by Tandem (process %2).</source>
        <translation>Профиль %1 уже используется Tandem (процесс %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock the profile %1: permission denied or read-only.</source>
        <translation>Не удаётся заблокировать профиль %1: доступ запрещён или только для чтения.</translation>
    </message>
</context>
<context>
    <name>Tandem::QuickSwitcher</name>
    <message>
        <location filename="../ui/widgets/QuickSwitcher.cpp" line="+26"/>
        <source>Go to Conversation</source>
        <translation>Переход к беседе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to a conversation or address…</source>
        <translation>Перейти к беседе или адресу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation to open</source>
        <translation>Открываемая беседа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching conversations</source>
        <translation>Подходящие беседы</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Press Enter to start a chat with %1.</source>
        <translation>Нажмите Enter, чтобы начать чат с %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversation matches.</source>
        <translation>Подходящих бесед нет.</translation>
    </message>
</context>
<context>
    <name>Tandem::RoomDirectory</name>
    <message>
        <location filename="../core/xmpp/RoomDirectory.cpp" line="+59"/>
        <location line="+47"/>
        <source>The account is not connected.</source>
        <translation>Учётная запись не подключена.</translation>
    </message>
</context>
<context>
    <name>Tandem::SearchPanel</name>
    <message>
        <location filename="../ui/widgets/SearchPanel.cpp" line="+33"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Поиск сообщений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conversations</source>
        <translation>Все беседы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>This conversation</source>
        <translation>Эта беседа</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where to search</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1</source>
        <translation>В %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages found.</source>
        <translation>Сообщения не найдены.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most relevant messages.</source>
        <translation>
            <numerusform>%n самое подходящее сообщение.</numerusform>
            <numerusform>%n самых подходящих сообщения.</numerusform>
            <numerusform>%n самых подходящих сообщений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>Найдено %n сообщение.</numerusform>
            <numerusform>Найдено %n сообщения.</numerusform>
            <numerusform>Найдено %n сообщений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::SearchResultModel</name>
    <message>
        <location filename="../core/models/SearchResultModel.cpp" line="+61"/>
        <source>No message store.</source>
        <translation>Нет хранилища сообщений.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 in %2, %3: %4</source>
        <translation>%1 в %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>Tandem::StatusText</name>
    <message>
        <location filename="../core/ctl/StatusText.cpp" line="+31"/>
        <location line="+16"/>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor</source>
        <translation>якорь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling</source>
        <translation>ведомое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solo</source>
        <translation>единственное</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not joined</source>
        <translation>не в комнате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation>вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joined</source>
        <translation>в комнате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>покинута</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left by the account</source>
        <translation>покинута учётной записью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kicked</source>
        <translation>выгнан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room was destroyed</source>
        <translation>комната уничтожена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership removed</source>
        <translation>членство отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room became members-only</source>
        <translation>комната стала только для участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room service shut down</source>
        <translation>служба комнат завершила работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from the room</source>
        <translation>удалён из комнаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>подключение разорвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room refused the join</source>
        <translation>комната отказала во входе</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>не доставлено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password is required, or it is wrong</source>
        <translation>требуется пароль, или он неверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is for members only</source>
        <translation>комната только для участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are banned from this room</source>
        <translation>вам запрещён вход в эту комнату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is taken</source>
        <translation>псевдоним уже занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is full</source>
        <translation>комната заполнена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room does not exist or is locked</source>
        <translation>комната не существует или заблокирована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may not create rooms on this service</source>
        <translation>вам нельзя создавать комнаты в этой службе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is not allowed</source>
        <translation>псевдоним недопустим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the room&apos;s server cannot be reached</source>
        <translation>сервер комнаты недоступен</translation>
    </message>
</context>
<context>
    <name>Tandem::StorageBanner</name>
    <message>
        <location filename="../ui/widgets/StorageBanner.cpp" line="+29"/>
        <source>Message database problem</source>
        <translation>Проблема с базой сообщений</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tandem stopped writing to the message database because it is damaged. Nothing has been deleted, and what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>Tandem прекратил запись в базу сообщений, потому что она повреждена. Ничего не удалено, всё, что ещё читается, показано. Закройте Tandem и выполните «tandem repair»: он отложит повреждённый файл и скопирует все читаемые сообщения в новую базу.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The message database cannot be written to right now. %1 Messages are kept in memory until the database can be written again (%n waiting).</source>
        <translation>
            <numerusform>Сейчас нельзя записать в базу сообщений. %1 Сообщения хранятся в памяти, пока запись снова не станет возможной (ожидает: %n).</numerusform>
            <numerusform>Сейчас нельзя записать в базу сообщений. %1 Сообщения хранятся в памяти, пока запись снова не станет возможной (ожидает: %n).</numerusform>
            <numerusform>Сейчас нельзя записать в базу сообщений. %1 Сообщения хранятся в памяти, пока запись снова не станет возможной (ожидает: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::StorageError</name>
    <message>
        <location filename="../core/storage/DatabaseOpener.cpp" line="+27"/>
        <source>Its file “%1” is not writable.</source>
        <translation>Её файл «%1» недоступен для записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not writable.</source>
        <translation>Файл недоступен для записи.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The folder does not exist.</source>
        <translation>Папка не существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder is not writable.</source>
        <translation>Папка недоступна для записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a regular file.</source>
        <translation>Это не обычный файл.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write-ahead logging could not be enabled (journal mode is “%1”).</source>
        <translation>Не удалось включить журнал упреждающей записи (режим журнала — «%1»).</translation>
    </message>
    <message>
        <location filename="../core/storage/IdKey.cpp" line="+174"/>
        <source>The database has no valid message id key (table store_meta).</source>
        <translation>В базе данных нет допустимого ключа id сообщений (таблица store_meta).</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageNormalization.cpp" line="+96"/>
        <source>A message without account or conversation cannot be stored.</source>
        <translation>Сообщение без учётной записи или беседы нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageQueries.cpp" line="+162"/>
        <source>Message %1 is not in the archive of %2.</source>
        <translation>Сообщения %1 нет в архиве %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+87"/>
        <source>Updating the message database to schema version %1 failed; nothing was changed. %2</source>
        <translation>Не удалось обновить базу данных сообщений до версии схемы %1; ничего не изменено. %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchFunctions.cpp" line="+248"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>В этой библиотеке SQLite нет полнотекстового поиска (FTS5).</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchQueries.cpp" line="+212"/>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>Текст поиска слишком длинный (не более %1 символов).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteConnection.cpp" line="+89"/>
        <source>The message database is not open.</source>
        <translation>База данных сообщений не открыта.</translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+53"/>
        <source>The message database “%1” is damaged or is not a Tandem database. It has been left untouched.</source>
        <translation>База данных сообщений «%1» повреждена или не является базой данных Tandem. Она оставлена без изменений.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is damaged.</source>
        <translation>База данных сообщений повреждена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is locked by another program (is Tandem already running?).</source>
        <translation>База данных сообщений «%1» заблокирована другой программой (Tandem уже запущен?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is locked by another program.</source>
        <translation>База данных сообщений заблокирована другой программой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” was written by a newer version of Tandem.</source>
        <translation>База данных сообщений «%1» записана более новой версией Tandem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database was written by a newer version of Tandem.</source>
        <translation>База данных сообщений записана более новой версией Tandem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the message database “%1” is full.</source>
        <translation>Диск с базой данных сообщений «%1» заполнен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the message database is full.</source>
        <translation>Диск с базой данных сообщений заполнен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is read-only.</source>
        <translation>База данных сообщений «%1» доступна только для чтения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database is read-only.</source>
        <translation>База данных сообщений доступна только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” cannot be opened: its folder is missing, or it is not accessible or not writable.</source>
        <translation>Не удаётся открыть базу данных сообщений «%1»: её папка отсутствует, либо она недоступна или защищена от записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database cannot be opened.</source>
        <translation>Не удаётся открыть базу данных сообщений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message database “%1” reported an error.</source>
        <translation>База данных сообщений «%1» сообщила об ошибке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database reported an error.</source>
        <translation>База данных сообщений сообщила об ошибке.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Details: %2)</source>
        <translation>%1 (Подробности: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Its schema version is %2, but this version of Tandem only knows schema versions up to %3. Please update Tandem; the file has not been changed.</source>
        <translation>%1 Версия её схемы — %2, но эта версия Tandem знает версии схемы только до %3. Обновите Tandem; файл не изменён.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message database “%1” is damaged: some of its pages cannot be read. Tandem has stopped writing to it, so that the damage does not spread; what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>База данных сообщений «%1» повреждена: некоторые её страницы не читаются. Tandem перестал записывать в неё, чтобы повреждение не распространилось; показано то, что ещё можно прочитать. Закройте Tandem и выполните «tandem repair»: повреждённый файл будет отложен, а все читаемые сообщения скопированы в новую базу данных.</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineModel</name>
    <message numerus="yes">
        <location filename="../core/models/TimelineModelRoles.cpp" line="+24"/>
        <source>(%n more characters not shown; Copy Message Text copies the whole message)</source>
        <translation>
            <numerusform>(ещё %n символ не показан; «Копировать текст сообщения» копирует сообщение целиком)</numerusform>
            <numerusform>(ещё %n символа не показаны; «Копировать текст сообщения» копирует сообщение целиком)</numerusform>
            <numerusform>(ещё %n символов не показаны; «Копировать текст сообщения» копирует сообщение целиком)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineView</name>
    <message>
        <location filename="../ui/widgets/TimelineView.cpp" line="+21"/>
        <source>Jump to the latest message</source>
        <translation>Перейти к последнему сообщению</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jump to latest</source>
        <translation>К последним</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to first unread</source>
        <translation>К первому непрочитанному</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the first unread message</source>
        <translation>Перейти к первому непрочитанному сообщению</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimelineViewInput.cpp" line="+205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Message &amp;Text</source>
        <translation>Копировать &amp;текст сообщения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Link</source>
        <translation>&amp;Открыть ссылку</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <location filename="../ui/widgets/TrayIcon.cpp" line="+16"/>
        <source>Show Tandem</source>
        <translation>Показать Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
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
            <numerusform>Tandem: %n непрочитанное сообщение</numerusform>
            <numerusform>Tandem: %n непрочитанных сообщения</numerusform>
            <numerusform>Tandem: %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
</context>
</TS>
