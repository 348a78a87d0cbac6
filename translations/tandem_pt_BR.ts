<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../app/AccountCommand.cpp" line="+36"/>
        <source>Add (or update) an account of this profile.</source>
        <translation>Adicionar (ou atualizar) uma conta deste perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account address, name@server.</source>
        <translation>O endereço da conta, nome@servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from FILE (first line).</source>
        <translation>Ler a senha de ARQUIVO (primeira linha).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connect to HOST instead of looking up DNS.</source>
        <translation>Conectar a HOST em vez de consultar o DNS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to PORT (default 5222).</source>
        <translation>Conectar à PORTA (padrão: 5222).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authority (or self-signed server certificate) in PEM file FILE, for this account only.</source>
        <translation>Confiar também na autoridade certificadora (ou no certificado autoassinado do servidor) do arquivo PEM ARQUIVO, só para esta conta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the password: auto (keychain, else a private file), keychain, or file.</source>
        <translation>Onde guardar a senha: auto (chaveiro; se não houver, um arquivo privado), keychain ou file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account add needs exactly one JID.</source>
        <translation>account add precisa de exatamente um JID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid account address &apos;%1&apos;: %2</source>
        <translation>Endereço de conta inválido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-file is required.</source>
        <translation>--password-file é obrigatório.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password file %1 is empty.</source>
        <translation>O arquivo de senha %1 está vazio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Porta inválida &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No PEM certificate found in %1.</source>
        <translation>Nenhum certificado PEM encontrado em %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --password-store &apos;%1&apos; (auto, keychain or file).</source>
        <translation>Valor inválido para --password-store: &apos;%1&apos; (auto, keychain ou file).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning:</source>
        <translation>aviso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 saved in %2. A running Tandem on this profile picks it up when restarted.</source>
        <translation>Conta %1 salva em %2. Um Tandem em execução neste perfil passa a usá-la quando for reiniciado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (disabled)</source>
        <translation> (desativada)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: tandem account add JID --password-file FILE [options] | tandem account list</source>
        <translation>Uso: tandem account add JID --password-file ARQUIVO [opções] | tandem account list</translation>
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
        <translation>Tandem: um cliente XMPP cujos chats em grupo pertencem à conta, não a cada dispositivo.

Comandos:
  (nenhum)                    Iniciar o cliente de desktop.
  xmpp:JID                    Iniciar o cliente de desktop (ou trazê-lo para a frente) e abrir a
                              conversa com JID; uma parte ?consulta (?join, ?message) é ignorada.
  account add JID --password-file ARQUIVO [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Adicionar uma conta ao perfil sem a interface gráfica. A senha vai
                              para o chaveiro do sistema ou, com &quot;auto&quot; e sem chaveiro, para um
                              arquivo que só você pode ler (com um aviso).
  account list                As contas do perfil.
  ctl status [--json]
                              Estado da instância em execução do perfil.
  ctl send JID TEXTO [--json]
                              Enviar uma mensagem pela instância em execução.
  ctl history JID [--limit N] [--json]
                              As últimas N mensagens (padrão: 50) de uma conversa ou sala.
  ctl search CONSULTA [--in JID] [--limit N] [--json]
                              Pesquisar nas mensagens de todas as conversas, ou de uma. Todas as palavras
                              precisam aparecer; &quot;uma frase&quot; entre aspas; palavra* para um prefixo.
  ctl read JID [--up-to ID] [--json]
                              Marcar uma conversa como lida (até a mensagem ID), em todos os
                              dispositivos da conta (XEP-0490).
  ctl unread [--json]
                              As conversas com mensagens não lidas, e as menções.
  ctl export JID [--format text|json] [--output ARQUIVO] [--json]
                              Uma conversa inteira, da mais antiga para a mais recente, para a saída padrão
                              ou ARQUIVO (--json é abreviação de --format json).
  ctl rooms [--json]
                              As salas em que esta conta está, com estado e número de ocupantes
                              (e se este dispositivo as oculta).
  ctl join SALA [--nick N] [--password P] [--json]
                              Entrar em uma sala (uma sala nova é criada como sala instantânea).
  ctl leave SALA [--json]
                              Sair de uma sala.
  ctl hide SALA [--json]
                              Ocultar uma sala só neste dispositivo (ela continua na conta).
  ctl show SALA [--json]
                              Mostrar de novo neste dispositivo uma sala oculta.
  ctl occupants SALA [--json]
                              Quem está em uma sala.
  ctl nick SALA APELIDO [--json]
                              Alterar o apelido da conta em uma sala.
  ctl subject SALA [TEXTO] [--json]
                              Definir (ou, sem TEXTO, limpar) o assunto de uma sala.
  ctl correct JID ID TEXTO [--json]
                              Corrigir sua mensagem ID (seu origin_id) em um chat ou sala.
  ctl anchor [--json]
                              Tornar este dispositivo a âncora da conta (o que fica nas salas).
  ctl active [--json]
                              Contar o usuário como ativo neste dispositivo agora: só ele notifica.
  ctl notifications [--json]
                              O que este dispositivo notificou; em quais dispositivos o usuário está ativo.
  repair                      Quando o banco de dados de mensagens está danificado (o Tandem avisa):
                              renomeá-lo à parte, sem alterações, e copiar cada mensagem ainda legível
                              para um novo; a próxima inicialização busca o resto nos arquivos do servidor.
                              Somente enquanto o Tandem não estiver em execução.
  Um endereço de sala funciona onde quer que um endereço de contato funcione (ctl send SALA TEXTO).
  Todo comando ctl aceita --account JID (padrão: a primeira conta do perfil), e
  --json imprime a resposta na forma JSON estável documentada no README.

&apos;tandem ctl&apos; conversa com o Tandem já em execução no mesmo perfil; ele sai com 1
quando nenhum está em execução ou o comando falha, e com 2 em um erro de uso. Os dados
ficam no diretório do perfil (padrão: %1).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Use the profile in DIR (one profile is one device).</source>
        <translation>Usar o perfil em DIR (um perfil é um dispositivo).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without a window, as an always-on device (for a home server). Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Executar sem janela, como dispositivo sempre ligado (para um servidor doméstico). Encerra de forma limpa com SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak LANG instead of the desktop&apos;s language: %1.</source>
        <translation>Falar IDIOMA em vez do idioma do desktop: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account, ctl or repair; see the list above.</source>
        <translation>account, ctl ou repair; veja a lista acima.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Run &apos;tandem --help&apos; for usage.</source>
        <translation>Execute &apos;tandem --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown language &apos;%1&apos; for --lang; Tandem speaks %2.</source>
        <translation>Idioma desconhecido &apos;%1&apos; para --lang; o Tandem fala %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem --help&apos; for usage.</source>
        <translation>Comando desconhecido &apos;%1&apos;. Execute &apos;tandem --help&apos; para ver o uso.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+25"/>
        <source>Print the stable JSON form.</source>
        <translation>Imprimir a forma JSON estável.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many messages (default 50).</source>
        <translation>Quantas mensagens (padrão: 50).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act as account JID (default: the profile&apos;s first).</source>
        <translation>Agir como a conta JID (padrão: a primeira do perfil).</translation>
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
        <translation>Apelido com que entrar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NICK</source>
        <translation>APELIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password.</source>
        <translation>Senha da sala.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PASSWORD</source>
        <translation>SENHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only in this conversation or room.</source>
        <translation>search: só nesta conversa ou sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: text (default) or json.</source>
        <translation>export: text (padrão) ou json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export: gravar em ARQUIVO em vez da saída padrão.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: only up to this message (its id in &apos;ctl history --json&apos;).</source>
        <translation>read: só até esta mensagem (seu id em &apos;ctl history --json&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--in only applies to &apos;search&apos;.</source>
        <translation>--in só se aplica a &apos;search&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format and --output only apply to &apos;export&apos;.</source>
        <translation>--format e --output só se aplicam a &apos;export&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--up-to only applies to &apos;read&apos;.</source>
        <translation>--up-to só se aplica a &apos;read&apos;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Control the running Tandem of a profile. &apos;tandem --help&apos; describes every command.</source>
        <translation>Controlar o Tandem em execução de um perfil. &apos;tandem --help&apos; descreve todos os comandos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of the commands above, with its arguments.</source>
        <translation>Um dos comandos acima, com seus argumentos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missing command. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Falta o comando. Execute &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Comando desconhecido &apos;%1&apos;. Execute &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: tandem ctl %1</source>
        <translation>Uso: tandem ctl %1</translation>
    </message>
    <message>
        <location filename="../app/CtlCommands.cpp" line="+18"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit precisa de um número positivo.</translation>
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
        <translation>Estado da instância em execução do perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID TEXT</source>
        <translation>JID TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message through the running instance.</source>
        <translation>Enviar uma mensagem pela instância em execução.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JID [--limit N] [--json]</source>
        <translation>JID [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N messages (default 50) of a conversation or room.</source>
        <translation>As últimas N mensagens (padrão: 50) de uma conversa ou sala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QUERY [--in JID] [--limit N] [--json]</source>
        <translation>CONSULTA [--in JID] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations, or of one.</source>
        <translation>Pesquisar nas mensagens de todas as conversas, ou de uma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JID [--up-to ID]</source>
        <translation>JID [--up-to ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a conversation read, on every device of the account.</source>
        <translation>Marcar uma conversa como lida, em todos os dispositivos da conta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--up-to takes a message id, as &apos;ctl history --json&apos; shows it.</source>
        <translation>--up-to precisa de um id de mensagem, como &apos;ctl history --json&apos; o mostra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversations with unread messages, and how many mention you.</source>
        <translation>As conversas com mensagens não lidas, e quantas mencionam você.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID [--format text|json] [--output FILE]</source>
        <translation>JID [--format text|json] [--output ARQUIVO]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole conversation, oldest first, to standard output or FILE.</source>
        <translation>Uma conversa inteira, da mais antiga para a mais recente, para a saída padrão ou ARQUIVO.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is text or json.</source>
        <translation>--format é text ou json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rooms this account is in, with state and occupant count.</source>
        <translation>As salas em que esta conta está, com estado e número de ocupantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROOM [--nick N] [--password P]</source>
        <translation>SALA [--nick N] [--password P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room (a new room is created as an instant room).</source>
        <translation>Entrar em uma sala (uma sala nova é criada como sala instantânea).</translation>
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
        <translation>Sair de uma sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide a room on this device only: not listed, not notified, still kept for the account.</source>
        <translation>Ocultar uma sala só neste dispositivo: fora da lista, sem notificações, ainda mantida na conta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a hidden room on this device again, with all its history.</source>
        <translation>Mostrar de novo neste dispositivo uma sala oculta, com todo o seu histórico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is in a room.</source>
        <translation>Quem está em uma sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROOM NICK</source>
        <translation>SALA APELIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the account&apos;s nickname in a room.</source>
        <translation>Alterar o apelido da conta em uma sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROOM [TEXT]</source>
        <translation>SALA [TEXTO]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set (or, without TEXT, clear) a room&apos;s subject.</source>
        <translation>Definir (ou, sem TEXTO, limpar) o assunto de uma sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JID MESSAGE-ID TEXT</source>
        <translation>JID ID-MENSAGEM TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of your messages (MESSAGE-ID: its origin_id) in a chat or room.</source>
        <translation>Corrigir uma de suas mensagens (ID-MENSAGEM: seu origin_id) em um chat ou sala.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this device the account&apos;s anchor (the one in the rooms).</source>
        <translation>Tornar este dispositivo a âncora da conta (o que fica nas salas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the user as active on this device now (as a key press would): it notifies alone.</source>
        <translation>Contar o usuário como ativo neste dispositivo agora (como faria uma tecla pressionada): só ele notifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this device notified, and which devices the user is active on.</source>
        <translation>O que este dispositivo notificou, e em quais dispositivos o usuário está ativo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="+33"/>
        <source>Tandem %1 (%2), pid %3, profile %4</source>
        <translation>Tandem %1 (%2), pid %3, perfil %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account configured: use &apos;tandem account add&apos;.</source>
        <translation>Nenhuma conta configurada: use &apos;tandem account add&apos;.</translation>
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
        <translation>Nenhuma sala. Entre em uma com: tandem ctl join SALA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left (%1)</source>
        <translation>saiu (%1)</translation>
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
        <translation>(oculta neste dispositivo)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hidden on this device</source>
        <translation>oculta neste dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on this device</source>
        <translation>visível neste dispositivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message %1 to %2: %3</source>
        <translation>Mensagem %1 para %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No messages found.</source>
        <translation>Nenhuma mensagem encontrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n não lida</numerusform>
            <numerusform>%1: %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing unread.</source>
        <translation>Nada não lido.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %n unread</source>
        <translation>
            <numerusform>%1  %n não lida</numerusform>
            <numerusform>%1  %n não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n menção</numerusform>
            <numerusform>%n menções</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active since %1</source>
        <translation>ativo desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle since %1</source>
        <translation>inativo desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no activity reported</source>
        <translation>nenhuma atividade informada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device: %1</source>
        <translation>Este dispositivo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>notifies on this device</source>
        <translation>notifica neste dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another device notifies</source>
        <translation>outro dispositivo notifica</translation>
    </message>
    <message>
        <location line="+48"/>
        <source># Conversation %1 of %2, exported %3. Times are UTC.
</source>
        <translation># Conversa %1 da conta %2, exportada em %3. Horários em UTC.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Writing the export failed: %1</source>
        <translation>Falha ao gravar a exportação: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n mensagem exportada para %1.</numerusform>
            <numerusform>%n mensagens exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlCommand::ExportTarget</name>
    <message>
        <location filename="../app/ExportTarget.cpp" line="+28"/>
        <source>Cannot write to standard output.</source>
        <translation>Não foi possível gravar na saída padrão.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export to %1: it is a directory.</source>
        <translation>Não foi possível exportar para %1: é um diretório.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export to %1: it is a special file (give a file, a FIFO or a character device).</source>
        <translation>Não foi possível exportar para %1: é um arquivo especial (informe um arquivo, um FIFO ou um dispositivo de caractere).</translation>
    </message>
</context>
<context>
    <name>GuiMode</name>
    <message>
        <location filename="../app/GuiMode.cpp" line="+41"/>
        <source>The profile %1 is in use by a headless Tandem (process %2), which has no window. Stop it first, or start the window on another profile (--profile DIR).</source>
        <translation>O perfil %1 está em uso por um Tandem sem interface gráfica (processo %2), que não tem janela. Encerre-o primeiro ou abra a janela em outro perfil (--profile DIR).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandem cannot start</source>
        <translation>O Tandem não pode iniciar</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <location filename="../app/HeadlessMode.cpp" line="+39"/>
        <source>shutting down</source>
        <translation>encerrando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storage error:</source>
        <translation>erro de armazenamento:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no account configured; add one with &apos;tandem --profile %1 account add&apos;</source>
        <translation>nenhuma conta configurada; adicione uma com &apos;tandem --profile %1 account add&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandem is running headless on profile %1 as %2. Try: tandem --profile %1 ctl status</source>
        <translation>O Tandem está em execução sem interface gráfica no perfil %1 como %2. Experimente: tandem --profile %1 ctl status</translation>
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
        <translation>Conversar com nome@servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat address</source>
        <translation>Endereço do novo chat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage error: %1</source>
        <translation>Erro de armazenamento: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account. Add one with Tandem › Add an Account…</source>
        <translation>Nenhuma conta. Adicione uma em Tandem › Adicionar uma conta…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this account&apos;s devices</source>
        <translation>Mostrar os dispositivos desta conta</translation>
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
        <translation>Adicionar uma &amp;conta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make This Device the &amp;Anchor</source>
        <translation>Tornar este dispositivo a &amp;âncora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Chat…</source>
        <translation>&amp;Novo chat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join a Group Chat…</source>
        <translation>&amp;Entrar em um chat em grupo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Ir para uma conversa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hidden Rooms</source>
        <translation>Salas &amp;ocultas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Localizar na conversa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search All Messages…</source>
        <translation>&amp;Pesquisar em todas as mensagens…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>C&amp;onfigurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Contas…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 on this device again</source>
        <translation>Mostrar %1 de novo neste dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Hidden Rooms</source>
        <translation>Nenhuma sala oculta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation>Pesquisa</translation>
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
        <translation>Encerre-o antes de reparar o banco de dados.</translation>
    </message>
</context>
<context>
    <name>RoomEventText</name>
    <message>
        <location filename="../core/models/RoomEventText.cpp" line="+16"/>
        <source>%1 joined</source>
        <translation>%1 entrou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left: %2</source>
        <translation>%1 saiu: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was kicked</source>
        <translation>%1 foi expulso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was kicked: %2</source>
        <translation>%1 foi expulso: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 foi banido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was banned: %2</source>
        <translation>%1 foi banido: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 agora se chama %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject was cleared</source>
        <translation>O assunto foi apagado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cleared the subject</source>
        <translation>%1 apagou o assunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is now “%1”</source>
        <translation>O assunto agora é “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the subject to “%2”</source>
        <translation>%1 mudou o assunto para “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You joined</source>
        <translation>Você entrou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You left</source>
        <translation>Você saiu</translation>
    </message>
</context>
<context>
    <name>Tandem</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+24"/>
        <source>The directory %1 does not exist.</source>
        <translation>O diretório %1 não existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it is a symbolic link.</source>
        <translation>Recusando o diretório %1: é um link simbólico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing %1: it is not a directory.</source>
        <translation>Recusando %1: não é um diretório.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it belongs to another user (uid %2).</source>
        <translation>Recusando o diretório %1: pertence a outro usuário (uid %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing the directory %1: its mode is %2, it must be 0700 (only you).</source>
        <translation>Recusando o diretório %1: seu modo é %2 e precisa ser 0700 (só você).</translation>
    </message>
</context>
<context>
    <name>Tandem::Account</name>
    <message>
        <location filename="../core/account/AccountMessages.cpp" line="+72"/>
        <source>the server answered with an error</source>
        <translation>o servidor respondeu com um erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered: %1</source>
        <translation>o servidor respondeu: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This device is always on (prefer it as the anchor)</source>
        <translation>Este dispositivo está sempre ligado (preferi-lo como âncora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell contacts when I have &amp;read their messages</source>
        <translation>Avisar os contatos quando eu tiver &amp;lido as mensagens deles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar neste certificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Account</source>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.org</source>
        <translation>voce@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found from the address</source>
        <translation>Obtido a partir do endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server host</source>
        <translation>Host do servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port</source>
        <translation>Porta do servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is always on</source>
        <translation>Este dispositivo está sempre ligado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell contacts when I have read their messages</source>
        <translation>Avisar os contatos quando eu tiver lido as mensagens deles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection result</source>
        <translation>Resultado da conexão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this certificate</source>
        <translation>Confiar neste certificado</translation>
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
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is not an address: %1</source>
        <translation>Isto não é um endereço: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the account&apos;s password.</source>
        <translation>Digite a senha da conta.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connected. Saving the account…</source>
        <translation>Conectado. Salvando a conta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be saved: %1</source>
        <translation>Não foi possível salvar a conta: %1</translation>
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
        <translation>%1, ativada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, disabled</source>
        <translation>%1, desativada</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountsDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountsDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts (checked ones connect)</source>
        <translation>Contas (as marcadas se conectam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account</source>
        <translation>Remover a conta selecionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove Account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device? Its password is forgotten here; its messages stay in the archive on this device and come back if you add the account again.</source>
        <translation>Remover %1 deste dispositivo? A senha dela é esquecida aqui; as mensagens continuam no arquivo deste dispositivo e voltam se você adicionar a conta de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>Tandem::BookmarksManager0402</name>
    <message>
        <location filename="../core/xmpp/BookmarksManager0402.cpp" line="+92"/>
        <source>Cannot bookmark &apos;%1&apos;</source>
        <translation>Não foi possível criar um favorito para &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bookmarks</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot find out how the server stores bookmarks</source>
        <translation>Não foi possível descobrir como o servidor guarda os favoritos</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot fetch the bookmarks</source>
        <translation>Não foi possível obter os favoritos</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot save the bookmark of %1</source>
        <translation>Não foi possível salvar o favorito de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the bookmarks node exists with a configuration other than XEP-0402&apos;s (%1)</source>
        <translation>o nó de favoritos existe com uma configuração diferente da do XEP-0402 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the bookmark of %1</source>
        <translation>Não foi possível remover o favorito de %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bookmarks (XEP-0048)</source>
        <translation>Favoritos (XEP-0048)</translation>
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
        <translation>Ações da sala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Your &amp;Nick…</source>
        <translation>Alterar seu a&amp;pelido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;Subject…</source>
        <translation>Alterar o &amp;assunto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide on This Device</source>
        <translation>&amp;Ocultar neste dispositivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Leave the Room</source>
        <translation>&amp;Sair da sala</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Conversation with %1</source>
        <translation>Conversa com %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Your Nick</source>
        <translation>Alterar seu apelido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nick in %1:</source>
        <translation>Seu apelido em %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room kept your nick, not %1: %2</source>
        <translation>A sala manteve seu apelido, não %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the Subject</source>
        <translation>Alterar o assunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of %1:</source>
        <translation>Assunto de %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject was not changed: %1</source>
        <translation>O assunto não foi alterado: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatView</name>
    <message>
        <location filename="../ui/widgets/ChatView.cpp" line="+55"/>
        <source>Choose a conversation on the left, press Ctrl+K to go to one, Ctrl+N to start a chat or Ctrl+J to join a group chat.</source>
        <translation>Escolha uma conversa à esquerda, pressione Ctrl+K para ir a uma, Ctrl+N para iniciar um chat ou Ctrl+J para entrar em um chat em grupo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correcting your last message. Esc gives it up.</source>
        <translation>Corrigindo sua última mensagem. Esc desiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+70"/>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Could not open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+70"/>
        <source>Write to %1…</source>
        <translation>Escrever para %1…</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionError</name>
    <message>
        <location filename="../core/session/ConnectionError.cpp" line="+74"/>
        <source>Authentication failed: the server rejected the address or password.</source>
        <translation>Falha na autenticação: o servidor recusou o endereço ou a senha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server not found: the name could not be resolved (DNS).</source>
        <translation>Servidor não encontrado: o nome não pôde ser resolvido (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection (nothing is listening on that port).</source>
        <translation>O servidor recusou a conexão (nada escuta nessa porta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is unreachable: check the network connection.</source>
        <translation>O servidor está inacessível: verifique a conexão de rede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: the server&apos;s certificate is not trusted or TLS could not be established.</source>
        <translation>Falha na conexão segura: o certificado do servidor não é confiável ou não foi possível estabelecer o TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session with the same device name took over this connection.</source>
        <translation>Outra sessão com o mesmo nome de dispositivo assumiu esta conexão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>A conexão com o servidor foi perdida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error.</source>
        <translation>O servidor fechou a conexão com um erro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is available for this account.</source>
        <translation>Nenhuma senha disponível para esta conta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer encryption (STARTTLS); Tandem never logs in without it.</source>
        <translation>O servidor não oferece criptografia (STARTTLS); o Tandem nunca entra sem ela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time: it may be unreachable, or the network blocks the connection.</source>
        <translation>O servidor não respondeu a tempo: ele pode estar inacessível, ou a rede bloqueia a conexão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation>O certificado do servidor não é confiável (impressão digital SHA-256 %1). Confie nele só se o administrador do servidor confirmar essa impressão digital.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlClient</name>
    <message>
        <location filename="../core/ctl/ControlClient.cpp" line="+33"/>
        <source>No running Tandem for this profile (nothing listens on %1).</source>
        <translation>Nenhum Tandem em execução para este perfil (nada escuta em %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: %2</source>
        <translation>Recusando o socket de controle %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: it belongs to another user (uid %2).</source>
        <translation>Recusando o socket de controle %1: pertence a outro usuário (uid %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refusing the control socket %1: it is served by another user (uid %2).</source>
        <translation>Recusando o socket de controle %1: é atendido por outro usuário (uid %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not send the request: %1</source>
        <translation>Não foi possível enviar a solicitação: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem did not answer within %1 seconds.</source>
        <translation>O Tandem não respondeu em %1 segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandem closed the connection without answering.</source>
        <translation>O Tandem fechou a conexão sem responder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem sent a malformed answer: %1</source>
        <translation>O Tandem enviou uma resposta malformada: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlCommands</name>
    <message>
        <location filename="../core/ctl/ControlActivityCommands.cpp" line="+34"/>
        <source>A headless Tandem has no user at it: it is never active.</source>
        <translation>Um Tandem sem interface gráfica não tem ninguém diante dele: nunca está ativo.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlCommands.cpp" line="+74"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconhecido &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account is configured in this profile.</source>
        <translation>Nenhuma conta está configurada neste perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account %1 in this profile.</source>
        <translation>Não há conta %1 neste perfil.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invalid recipient &apos;%1&apos;: %2</source>
        <translation>Destinatário inválido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+27"/>
        <source>The message was not sent: %1</source>
        <translation>A mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+121"/>
        <source>The limit must be between 1 and %1.</source>
        <translation>O limite precisa estar entre 1 e %1.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Tandem runs headless on this profile (process %1): it has no window to show.</source>
        <translation>O Tandem está em execução sem interface gráfica neste perfil (processo %1): não tem janela para mostrar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A correction needs the id of the message and the new text.</source>
        <translation>Uma correção precisa do id da mensagem e do novo texto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Endereço inválido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing to search for.</source>
        <translation>Nada para pesquisar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The page size must be between 1 and %1.</source>
        <translation>O tamanho da página precisa estar entre 1 e %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlReadCommands.cpp" line="+38"/>
        <source>--up-to takes a message id, as `ctl history --json` shows it.</source>
        <translation>--up-to precisa de um id de mensagem, como `ctl history --json` o mostra.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no messages in %1.</source>
        <translation>Não há mensagens em %1.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+31"/>
        <location line="+51"/>
        <source>Invalid room address &apos;%1&apos;: %2</source>
        <translation>Endereço de sala inválido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Could not join %1: %2</source>
        <translation>Não foi possível entrar em %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying.</source>
        <translation>Ainda sem resposta de %1; o Tandem continua tentando.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>Not in room %1.</source>
        <translation>Fora da sala %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only moderators may change the subject of this room</source>
        <translation>só moderadores podem alterar o assunto desta sala</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The nickname is empty.</source>
        <translation>O apelido está vazio.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlRequest</name>
    <message>
        <location filename="../core/ctl/ControlRequest.cpp" line="+25"/>
        <source>Malformed request: %1</source>
        <translation>Solicitação malformada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed request: not a JSON object</source>
        <translation>Solicitação malformada: não é um objeto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: no command name</source>
        <translation>Solicitação malformada: sem nome de comando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: the arguments are not a JSON object</source>
        <translation>Solicitação malformada: os argumentos não são um objeto JSON</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlServer</name>
    <message>
        <location filename="../core/ctl/ControlServer.cpp" line="+63"/>
        <location line="+6"/>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Não foi possível abrir o socket de controle %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This Tandem belongs to another user; it takes no commands from you.</source>
        <translation>Este Tandem pertence a outro usuário; ele não aceita comandos seus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many control connections at once (%1); try again.</source>
        <translation>Conexões de controle demais ao mesmo tempo (%1); tente de novo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tandem is still starting.</source>
        <translation>O Tandem ainda está iniciando.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationDelegate</name>
    <message>
        <location filename="../ui/widgets/ConversationDelegate.cpp" line="+171"/>
        <source>Draft: %1</source>
        <translation>Rascunho: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationListView</name>
    <message>
        <location filename="../ui/widgets/ConversationListView.cpp" line="+35"/>
        <location line="+1"/>
        <source>Filter conversations</source>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute</source>
        <translation>Reativar som</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 1 Hour</source>
        <translation>Silenciar por 1 hora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 8 Hours</source>
        <translation>Silenciar por 8 horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute Until I Unmute</source>
        <translation>Silenciar até eu reativar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Chat</source>
        <translation>Fechar chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide on This Device</source>
        <translation>Ocultar neste dispositivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stays the account&apos;s room, shown on your other devices; its messages are still kept</source>
        <translation>Ela continua sendo uma sala da conta, mostrada nos seus outros dispositivos; as mensagens continuam guardadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave Room</source>
        <translation>Sair da sala</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Usual for This Room</source>
        <translation>Como de costume nesta sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For All Messages</source>
        <translation>Para todas as mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only When Mentioned</source>
        <translation>Só quando eu for mencionado</translation>
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
        <translation>Não há arquivo de banco de dados para reparar.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>It could not be renamed to “%1”.</source>
        <translation>Não foi possível renomeá-lo para “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its file “%1” could not be renamed.</source>
        <translation>Não foi possível renomear o arquivo “%1” dele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file is now “%1”, but the new database “%2” could not take its place; rename it yourself.</source>
        <translation>O arquivo danificado agora é “%1”, mas o novo banco de dados “%2” não pôde ocupar o lugar dele; renomeie-o você mesmo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was repaired: %1</source>
        <translation>Nada foi reparado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The damaged database was renamed to “%1”. It has not been changed; delete it once you are content with the repair.</source>
        <translation>O banco de dados danificado foi renomeado para “%1”. Ele não foi alterado; apague-o quando estiver satisfeito com o reparo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new database took its place, with the %n message(s) that could be read.</source>
        <translation>
            <numerusform>Um novo banco de dados ocupou o lugar dele, com a %n mensagem que pôde ser lida.</numerusform>
            <numerusform>Um novo banco de dados ocupou o lugar dele, com as %n mensagens que puderam ser lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stretch(es) of messages could not be read: their pages are damaged. Tandem fetches them again from the server archives on its next start, where the server keeps an archive.</source>
        <translation>
            <numerusform>%n trecho de mensagens não pôde ser lido: as páginas dele estão danificadas. O Tandem o busca de novo nos arquivos do servidor na próxima inicialização, onde o servidor mantém um arquivo.</numerusform>
            <numerusform>%n trechos de mensagens não puderam ser lidos: as páginas deles estão danificadas. O Tandem os busca de novo nos arquivos do servidor na próxima inicialização, onde o servidor mantém um arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some records of these tables could not be read either: %1.</source>
        <translation>Alguns registros destas tabelas também não puderam ser lidos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row could be read: nothing was lost.</source>
        <translation>Todas as linhas puderam ser lidas: nada foi perdido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search index is rebuilt in the background.</source>
        <translation>O índice de pesquisa é reconstruído em segundo plano.</translation>
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
        <translation>offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>irmão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchor</source>
        <translation>âncora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>solo</source>
        <translation>sozinho</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the only device of the account online</source>
        <translation>o único dispositivo da conta online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always on</source>
        <translation>sempre ligado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as the anchor</source>
        <translation>escolhido como âncora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running the longest</source>
        <translation>em execução há mais tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first by name among equals</source>
        <translation>primeiro pelo nome entre iguais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keeps the rooms until a better-placed device takes over</source>
        <translation>mantém as salas até que um dispositivo mais bem colocado assuma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline</source>
        <translation>Offline</translation>
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
        <translation>Sozinho: este dispositivo mantém as salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor: this device holds the rooms</source>
        <translation>Âncora: este dispositivo mantém as salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling: the rooms come through the anchor</source>
        <translation>Irmão: as salas chegam pela âncora</translation>
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
        <translation>%1, âncora porque: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor (joining the rooms)</source>
        <translation>âncora (entrando nas salas)</translation>
    </message>
</context>
<context>
    <name>Tandem::DevicesPanel</name>
    <message>
        <location filename="../ui/widgets/DevicesPanel.cpp" line="+19"/>
        <source>Make This Device the Anchor</source>
        <translation>Tornar este dispositivo a âncora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is always on</source>
        <translation>Este dispositivo está sempre ligado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices of this account</source>
        <translation>Dispositivos desta conta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device joins the rooms and relays them to the others</source>
        <translation>Este dispositivo entra nas salas e as repassa aos outros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An always-on device is preferred as the anchor</source>
        <translation>Um dispositivo sempre ligado é preferido como âncora</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · the anchor is %2 (%3)</source>
        <translation>%1 · a âncora é %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · term %2</source>
        <translation>%1 · mandato %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: held by no device yet</source>
        <translation>%1: ainda não mantida por nenhum dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: held by %2</source>
        <translation>%1: mantida por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rooms</source>
        <translation>Nenhuma sala</translation>
    </message>
</context>
<context>
    <name>Tandem::DisplayedSync0490</name>
    <message>
        <location filename="../core/xmpp/DisplayedSync0490.cpp" line="+86"/>
        <source>Cannot fetch which messages were read elsewhere: %1</source>
        <translation>Não foi possível obter quais mensagens foram lidas em outro lugar: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot tell the account&apos;s other devices that %1 was read: %2</source>
        <translation>Não foi possível avisar os outros dispositivos da conta de que %1 foi lida: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Instance</name>
    <message numerus="yes">
        <location filename="../core/account/Instance.cpp" line="+63"/>
        <source>%1 %n incoming message(s) are kept in memory and will be stored once the message database works again.</source>
        <translation>
            <numerusform>%1 %n mensagem recebida está guardada na memória e será armazenada assim que o banco de dados de mensagens voltar a funcionar.</numerusform>
            <numerusform>%1 %n mensagens recebidas estão guardadas na memória e serão armazenadas assim que o banco de dados de mensagens voltar a funcionar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::IqResponse</name>
    <message>
        <location filename="../core/xmpp/IqTracker.cpp" line="+51"/>
        <source>no answer from the server in time</source>
        <translation>o servidor não respondeu a tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected before the server answered</source>
        <translation>desconectado antes de o servidor responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
</context>
<context>
    <name>Tandem::Jid</name>
    <message>
        <location filename="../core/profile/Jid.cpp" line="+22"/>
        <source>The address is empty.</source>
        <translation>O endereço está vazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain a resource (the part after &apos;/&apos;).</source>
        <translation>O endereço não pode conter um recurso (a parte depois de &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must look like name@server.</source>
        <translation>O endereço precisa ter a forma nome@servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server part of the address is not a valid domain.</source>
        <translation>A parte do servidor do endereço não é um domínio válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name part of the address contains &apos;%1&apos;, which is not allowed.</source>
        <translation>A parte do nome do endereço contém &apos;%1&apos;, o que não é permitido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server part of the address contains an invalid character.</source>
        <translation>A parte do servidor do endereço contém um caractere inválido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is too long.</source>
        <translation>O endereço é longo demais.</translation>
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
        <translation>Entrar em um chat em grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room@conference.example.org</source>
        <translation>sala@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Endereço da sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if the room has one</source>
        <translation>Só se a sala tiver uma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Senha da sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apelido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chat service</source>
        <translation>Serviço de chat em grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the service&apos;s rooms</source>
        <translation>Listar as salas do serviço</translation>
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
        <translation>Salas do serviço</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse rooms</source>
        <translation>Navegar pelas salas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Join</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not list the rooms of %1: %2</source>
        <translation>Não foi possível listar as salas de %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists no public rooms.</source>
        <translation>%1 não lista nenhuma sala pública.</translation>
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
        <translation>Procurando os serviços de chat em grupo do servidor…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not ask the server for its group chat services: %1</source>
        <translation>Não foi possível consultar o servidor sobre seus serviços de chat em grupo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server names no group chat service; type one to list its rooms.</source>
        <translation>O servidor não indica nenhum serviço de chat em grupo; digite um para listar as salas dele.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the rooms of %1…</source>
        <translation>Listando as salas de %1…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;%1&apos; is not a room address: it needs a name, an @ and a service.</source>
        <translation>&apos;%1&apos; não é um endereço de sala: precisa de um nome, uma @ e um serviço.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a room address: %2</source>
        <translation>&apos;%1&apos; não é um endereço de sala: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joining %1…</source>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not join %1: %2</source>
        <translation>Não foi possível entrar em %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying and opens it when it answers.</source>
        <translation>Ainda sem resposta de %1; o Tandem continua tentando e a abre quando ela responder.</translation>
    </message>
</context>
<context>
    <name>Tandem::LegacyBookmarks0048</name>
    <message>
        <location filename="../core/xmpp/LegacyBookmarks0048.cpp" line="+20"/>
        <source>the server did not confirm the bookmark change (XEP-0048)</source>
        <translation>o servidor não confirmou a alteração dos favoritos (XEP-0048)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not send the bookmarks (XEP-0048)</source>
        <translation>o servidor não enviou os favoritos (XEP-0048)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disconnected before the bookmarks were saved</source>
        <translation>desconectado antes de os favoritos serem salvos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot ask QXmppBookmarkManager for the bookmarks</source>
        <translation>não é possível pedir os favoritos ao QXmppBookmarkManager</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageDelegate</name>
    <message>
        <location filename="../ui/widgets/MessageDelegate.cpp" line="+247"/>
        <source>Loading older messages…</source>
        <translation>Carregando mensagens mais antigas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginning of the conversation</source>
        <translation>Início da conversa</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New messages</source>
        <translation>Novas mensagens</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageLimits</name>
    <message>
        <location filename="../core/storage/MessageLimits.cpp" line="+37"/>
        <source>This message is too long to send (%1; the server takes at most %2). Send it in parts, or as a file.</source>
        <translation>Esta mensagem é longa demais para enviar (%1; o servidor aceita no máximo %2). Envie-a em partes ou como arquivo.</translation>
    </message>
</context>
<context>
    <name>Tandem::NotificationFeed</name>
    <message>
        <location filename="../core/account/NotificationFeed.cpp" line="+62"/>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (private, in %2)</source>
        <translation>%1 (privada, em %2)</translation>
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
        <translation>Outros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away for a while</source>
        <translation>ausente por um tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not disturb</source>
        <translation>não incomodar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to chat</source>
        <translation>disponível para conversar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available</source>
        <translation>disponível</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (you), %2, %3</source>
        <translation>%1 (você), %2, %3</translation>
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
        <translation>Mostrar ou ocultar os ocupantes</translation>
    </message>
</context>
<context>
    <name>Tandem::Outbox</name>
    <message numerus="yes">
        <location filename="../core/session/Outbox.cpp" line="+37"/>
        <source>no confirmation after %n attempts</source>
        <translation>
            <numerusform>nenhuma confirmação após %n tentativa</numerusform>
            <numerusform>nenhuma confirmação após %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no delivery receipt within a week</source>
        <translation>nenhuma confirmação de entrega em uma semana</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server refused it as too large (%1)</source>
        <translation>o servidor a recusou por ser grande demais (%1)</translation>
    </message>
</context>
<context>
    <name>Tandem::PasswordStore</name>
    <message>
        <location filename="../core/profile/PasswordStore.cpp" line="+53"/>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the password file %1: %2</source>
        <translation>Não foi possível gravar o arquivo de senha %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the keychain did not answer</source>
        <translation>o chaveiro não respondeu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No system keychain is reachable (%1). The password is stored in %2, readable only by you.</source>
        <translation>Nenhum chaveiro do sistema está acessível (%1). A senha é armazenada em %2, que só você pode ler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot store the password in the system keychain: %1</source>
        <translation>Não foi possível armazenar a senha no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Não foi possível ler o arquivo de senha %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the password from the system keychain: %1</source>
        <translation>Não foi possível ler a senha do chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the password: the system keychain did not answer.</source>
        <translation>Não foi possível ler a senha: o chaveiro do sistema não respondeu.</translation>
    </message>
</context>
<context>
    <name>Tandem::PrivateDirectory</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+42"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>Não foi possível criar o diretório %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="+82"/>
        <source>Cannot create the profile directory %1.</source>
        <translation>Não foi possível criar o diretório do perfil %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile %1 is already in use by Tandem (process %2).</source>
        <translation>O perfil %1 já está em uso pelo Tandem (processo %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock the profile %1: permission denied or read-only.</source>
        <translation>Não foi possível bloquear o perfil %1: permissão negada ou somente leitura.</translation>
    </message>
</context>
<context>
    <name>Tandem::QuickSwitcher</name>
    <message>
        <location filename="../ui/widgets/QuickSwitcher.cpp" line="+26"/>
        <source>Go to Conversation</source>
        <translation>Ir para uma conversa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to a conversation or address…</source>
        <translation>Ir para uma conversa ou endereço…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation to open</source>
        <translation>Conversa a abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching conversations</source>
        <translation>Conversas correspondentes</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Press Enter to start a chat with %1.</source>
        <translation>Pressione Enter para iniciar um chat com %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversation matches.</source>
        <translation>Nenhuma conversa corresponde.</translation>
    </message>
</context>
<context>
    <name>Tandem::RoomDirectory</name>
    <message>
        <location filename="../core/xmpp/RoomDirectory.cpp" line="+59"/>
        <location line="+47"/>
        <source>The account is not connected.</source>
        <translation>A conta não está conectada.</translation>
    </message>
</context>
<context>
    <name>Tandem::SearchPanel</name>
    <message>
        <location filename="../ui/widgets/SearchPanel.cpp" line="+33"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conversations</source>
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>This conversation</source>
        <translation>Esta conversa</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where to search</source>
        <translation>Onde pesquisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages found.</source>
        <translation>Nenhuma mensagem encontrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most relevant messages.</source>
        <translation>
            <numerusform>A %n mensagem mais relevante.</numerusform>
            <numerusform>As %n mensagens mais relevantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n mensagem encontrada.</numerusform>
            <numerusform>%n mensagens encontradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::SearchResultModel</name>
    <message>
        <location filename="../core/models/SearchResultModel.cpp" line="+61"/>
        <source>No message store.</source>
        <translation>Nenhum armazenamento de mensagens.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 in %2, %3: %4</source>
        <translation>%1 em %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>Tandem::StatusText</name>
    <message>
        <location filename="../core/ctl/StatusText.cpp" line="+31"/>
        <location line="+16"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor</source>
        <translation>âncora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling</source>
        <translation>irmão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solo</source>
        <translation>sozinho</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not joined</source>
        <translation>fora da sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation>entrando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joined</source>
        <translation>na sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>saiu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left by the account</source>
        <translation>a conta saiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kicked</source>
        <translation>expulso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>banido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room was destroyed</source>
        <translation>a sala foi destruída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership removed</source>
        <translation>associação removida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room became members-only</source>
        <translation>a sala passou a ser só para membros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room service shut down</source>
        <translation>o serviço de salas foi desligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from the room</source>
        <translation>removido da sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room refused the join</source>
        <translation>a sala recusou a entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received</source>
        <translation>recebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>não entregue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password is required, or it is wrong</source>
        <translation>é preciso uma senha, ou ela está errada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is for members only</source>
        <translation>a sala é só para membros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are banned from this room</source>
        <translation>você foi banido desta sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is taken</source>
        <translation>o apelido já está em uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is full</source>
        <translation>a sala está cheia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room does not exist or is locked</source>
        <translation>a sala não existe ou está bloqueada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may not create rooms on this service</source>
        <translation>você não pode criar salas neste serviço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is not allowed</source>
        <translation>o apelido não é permitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the room&apos;s server cannot be reached</source>
        <translation>o servidor da sala está inacessível</translation>
    </message>
</context>
<context>
    <name>Tandem::StorageBanner</name>
    <message>
        <location filename="../ui/widgets/StorageBanner.cpp" line="+29"/>
        <source>Message database problem</source>
        <translation>Problema no banco de dados de mensagens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tandem stopped writing to the message database because it is damaged. Nothing has been deleted, and what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>O Tandem parou de gravar no banco de dados de mensagens porque ele está danificado. Nada foi apagado, e o que ainda pode ser lido é mostrado. Feche o Tandem e execute “tandem repair”: ele guarda o arquivo danificado à parte e copia cada mensagem legível para um novo banco de dados.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The message database cannot be written to right now. %1 Messages are kept in memory until the database can be written again (%n waiting).</source>
        <translation>
            <numerusform>O banco de dados de mensagens não pode ser gravado agora. %1 As mensagens ficam na memória até que ele possa ser gravado de novo (%n aguardando).</numerusform>
            <numerusform>O banco de dados de mensagens não pode ser gravado agora. %1 As mensagens ficam na memória até que ele possa ser gravado de novo (%n aguardando).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::StorageError</name>
    <message>
        <location filename="../core/storage/DatabaseOpener.cpp" line="+27"/>
        <source>Its file “%1” is not writable.</source>
        <translation>O arquivo “%1” dele não é gravável.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not writable.</source>
        <translation>O arquivo não é gravável.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The folder does not exist.</source>
        <translation>A pasta não existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder is not writable.</source>
        <translation>A pasta não é gravável.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a regular file.</source>
        <translation>Não é um arquivo comum.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write-ahead logging could not be enabled (journal mode is “%1”).</source>
        <translation>Não foi possível ativar o registro antecipado de escrita (o modo de diário é “%1”).</translation>
    </message>
    <message>
        <location filename="../core/storage/IdKey.cpp" line="+174"/>
        <source>The database has no valid message id key (table store_meta).</source>
        <translation>O banco de dados não tem uma chave de id de mensagem válida (tabela store_meta).</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageNormalization.cpp" line="+96"/>
        <source>A message without account or conversation cannot be stored.</source>
        <translation>Uma mensagem sem conta ou conversa não pode ser armazenada.</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageQueries.cpp" line="+162"/>
        <source>Message %1 is not in the archive of %2.</source>
        <translation>A mensagem %1 não está no arquivo de %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+87"/>
        <source>Updating the message database to schema version %1 failed; nothing was changed. %2</source>
        <translation>A atualização do banco de dados de mensagens para a versão de esquema %1 falhou; nada foi alterado. %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchFunctions.cpp" line="+248"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Esta biblioteca SQLite não tem pesquisa de texto completo (FTS5).</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchQueries.cpp" line="+212"/>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>O texto da pesquisa é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteConnection.cpp" line="+89"/>
        <source>The message database is not open.</source>
        <translation>O banco de dados de mensagens não está aberto.</translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+53"/>
        <source>The message database “%1” is damaged or is not a Tandem database. It has been left untouched.</source>
        <translation>O banco de dados de mensagens “%1” está danificado ou não é um banco de dados do Tandem. Ele não foi tocado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is damaged.</source>
        <translation>O banco de dados de mensagens está danificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is locked by another program (is Tandem already running?).</source>
        <translation>O banco de dados de mensagens “%1” está bloqueado por outro programa (o Tandem já está em execução?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is locked by another program.</source>
        <translation>O banco de dados de mensagens está bloqueado por outro programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” was written by a newer version of Tandem.</source>
        <translation>O banco de dados de mensagens “%1” foi gravado por uma versão mais nova do Tandem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database was written by a newer version of Tandem.</source>
        <translation>O banco de dados de mensagens foi gravado por uma versão mais nova do Tandem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the message database “%1” is full.</source>
        <translation>O disco que contém o banco de dados de mensagens “%1” está cheio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the message database is full.</source>
        <translation>O disco que contém o banco de dados de mensagens está cheio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is read-only.</source>
        <translation>O banco de dados de mensagens “%1” é somente leitura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database is read-only.</source>
        <translation>O banco de dados de mensagens é somente leitura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” cannot be opened: its folder is missing, or it is not accessible or not writable.</source>
        <translation>Não foi possível abrir o banco de dados de mensagens “%1”: a pasta dele não existe, ou ele não está acessível ou não é gravável.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database cannot be opened.</source>
        <translation>Não foi possível abrir o banco de dados de mensagens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message database “%1” reported an error.</source>
        <translation>O banco de dados de mensagens “%1” informou um erro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database reported an error.</source>
        <translation>O banco de dados de mensagens informou um erro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Details: %2)</source>
        <translation>%1 (Detalhes: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Its schema version is %2, but this version of Tandem only knows schema versions up to %3. Please update Tandem; the file has not been changed.</source>
        <translation>%1 A versão de esquema dele é %2, mas esta versão do Tandem só conhece versões de esquema até %3. Atualize o Tandem; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message database “%1” is damaged: some of its pages cannot be read. Tandem has stopped writing to it, so that the damage does not spread; what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>O banco de dados de mensagens “%1” está danificado: algumas das páginas dele não podem ser lidas. O Tandem parou de gravar nele para que o dano não se espalhe; o que ainda pode ser lido é mostrado. Feche o Tandem e execute “tandem repair”: ele deixa o arquivo danificado à parte e copia todas as mensagens legíveis para um novo banco de dados.</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineModel</name>
    <message numerus="yes">
        <location filename="../core/models/TimelineModelRoles.cpp" line="+24"/>
        <source>(%n more characters not shown; Copy Message Text copies the whole message)</source>
        <translation>
            <numerusform>(mais %n caractere não exibido; “Copiar texto da mensagem” copia a mensagem inteira)</numerusform>
            <numerusform>(mais %n caracteres não exibidos; “Copiar texto da mensagem” copia a mensagem inteira)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineView</name>
    <message>
        <location filename="../ui/widgets/TimelineView.cpp" line="+21"/>
        <source>Jump to the latest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jump to latest</source>
        <translation>Ir para a mais recente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to first unread</source>
        <translation>Ir para a primeira não lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the first unread message</source>
        <translation>Ir para a primeira mensagem não lida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimelineViewInput.cpp" line="+205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Message &amp;Text</source>
        <translation>Copiar &amp;texto da mensagem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar endereço do &amp;link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Link</source>
        <translation>&amp;Abrir link</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <location filename="../ui/widgets/TrayIcon.cpp" line="+16"/>
        <source>Show Tandem</source>
        <translation>Mostrar o Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
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
            <numerusform>Tandem: %n mensagem não lida</numerusform>
            <numerusform>Tandem: %n mensagens não lidas</numerusform>
        </translation>
    </message>
</context>
</TS>
