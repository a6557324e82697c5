<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="+259"/>
        <source>The server sent the request on to another address (%1); only redirects within the same server are followed. Check the server address.</source>
        <translation>O servidor reencaminhou o pedido para outro endereço (%1); só são seguidos os redirecionamentos dentro do mesmo servidor. Verifique o endereço do servidor.</translation>
    </message>
</context>
<context>
    <name>BatchAllocator</name>
    <message>
        <location filename="../core/domain/BatchAllocator.cpp" line="+31"/>
        <source>batch %1 expired on %2</source>
        <translation>o lote %1 expirou em %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch %1 is on hold</source>
        <translation>o lote %1 está bloqueado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The quantity of %1 must be more than 0.</source>
        <translation>A quantidade de %1 tem de ser superior a 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no batch %2 in this store.</source>
        <translation>%1 não tem o lote %2 neste armazém.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2; give a reason to issue from it anyway.</source>
        <translation>%1: %2; indique um motivo para o dispensar mesmo assim.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not enough %1: %2 units asked, %3 available.</source>
        <translation>%1 insuficiente: %2 unidades pedidas, %3 disponíveis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough %1 in batch %2: %3 units asked, %4 available.</source>
        <translation>%1 insuficiente no lote %2: %3 unidades pedidas, %4 disponíveis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more units are expired or on hold.</source>
        <translation>Mais %1 unidades estão fora de validade ou bloqueadas.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/satellite-cli/CliApp.cpp" line="+123"/>
        <source>local database error: %1</source>
        <translation>erro da base de dados local: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Password for %1: </source>
        <translation>Palavra-passe de %1: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Site found: site ID %1, store %2, user %3</source>
        <translation>Site encontrado: ID do site %1, armazém %2, utilizador %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync %1: %2 sent, %3 received, %4 in quarantine.</source>
        <translation>Sincronização %1: %2 enviados, %3 recebidos, %4 em quarentena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary; see satellite-cli quarantine.</source>
        <translation>
            <numerusform>%n alteração recusada pelo servidor principal; veja satellite-cli quarantine.</numerusform>
            <numerusform>%n alterações recusadas pelo servidor principal; veja satellite-cli quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not logged in.</source>
        <translation>Sem sessão iniciada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1 on %2 (site ID %3)</source>
        <translation>Site %1 em %2 (ID do site %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last successful sync: %1</source>
        <translation>Última sincronização bem-sucedida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to go out: %1</source>
        <translation>Alterações à espera de envio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records held: %1</source>
        <translation>Registos guardados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in quarantine: %1</source>
        <translation>Registos em quarentena: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes refused by the primary: %1</source>
        <translation>Alterações recusadas pelo servidor principal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients waiting to be made visible here: %1</source>
        <translation>Doentes à espera de ficarem visíveis aqui: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no %1 record with ID %2</source>
        <translation>nenhum registo %1 com o ID %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) saved; they go out with the next sync.</source>
        <translation>
            <numerusform>%n alteração guardada; segue com a próxima sincronização.</numerusform>
            <numerusform>%n alterações guardadas; seguem com a próxima sincronização.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n record(s) applied; %1 still in quarantine.</source>
        <translation>
            <numerusform>%n registo aplicado; %1 ainda em quarentena.</numerusform>
            <numerusform>%n registos aplicados; %1 ainda em quarentena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n registo em quarentena</numerusform>
            <numerusform>%n registos em quarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>%n refused change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n alteração recusada será enviada de novo com a próxima sincronização.</numerusform>
            <numerusform>%n alterações recusadas serão enviadas de novo com a próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>refused change %1: %2 %3: %4</source>
        <translation>alteração recusada %1: %2 %3: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary (--retry sends them again, --discard N gives one up)</source>
        <translation>
            <numerusform>%n alteração recusada pelo servidor principal (--retry envia-a de novo, --discard N desiste de uma)</numerusform>
            <numerusform>%n alterações recusadas pelo servidor principal (--retry envia-as de novo, --discard N desiste de uma)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no refused change %1 (see satellite-cli quarantine)</source>
        <translation>não há nenhuma alteração recusada %1 (veja satellite-cli quarantine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change to %1 %2 will never reach the primary; this computer keeps the record as it is here.</source>
        <translation>A alteração a %1 %2 nunca chegará ao servidor principal; este computador mantém o registo tal como está aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add --yes to discard it.</source>
        <translation>Acrescente --yes para a descartar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>sent %1, received %2, quarantined %3</source>
        <translation>%1 enviados, %2 recebidos, %3 em quarentena</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/satellite-cli/CliHelp.cpp" line="+55"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Mostrar o resultado em JSON na saída padrão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name.</source>
        <translation>Nome próprio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name.</source>
        <translation>Apelido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth.</source>
        <translation>Data de nascimento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female|male</source>
        <translation>female|male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender.</source>
        <translation>Sexo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient code (default: the next free one).</source>
        <translation>Código do paciente (por omissão: o próximo livre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number.</source>
        <translation>Número de telefone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address.</source>
        <translation>Morada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>National health number.</source>
        <translation>Número nacional de saúde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>find: also search the primary (patients of other clinics).</source>
        <translation>find: procurar também no servidor principal (pacientes de outras clínicas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: the dispensing history, this store&apos;s and the primary&apos;s.</source>
        <translation>show: o histórico de dispensas, as deste armazém e as do servidor principal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log this database in to a site of the primary server, then run the first sync. The password is asked for on the terminal, and only its hash is kept.</source>
        <translation>Ligar esta base de dados a um site do servidor principal e fazer a primeira sincronização. A palavra-passe é pedida no terminal, e só o seu hash é guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The primary server&apos;s address.</source>
        <translation>O endereço do servidor principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site&apos;s name on the primary.</source>
        <translation>O nome do site no servidor principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Ler a palavra-passe da primeira linha da entrada padrão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plain http:// to another computer (the password hash and patient data cross the network unencrypted).</source>
        <translation>Permitir http:// simples para outro computador (o hash da palavra-passe e os dados dos pacientes atravessam a rede sem encriptação).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (shown in the error when the system does not trust it).</source>
        <translation>Confiar exatamente no certificado do servidor com esta impressão digital SHA-256 (mostrada no erro quando o sistema não confia nele).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the changes made here and receive what the primary has queued for this site. Ctrl-C stops after the current batch.</source>
        <translation>Enviar as alterações feitas aqui e receber o que o servidor principal tem em fila para este site. Ctrl-C para depois do pacote em curso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site, the last sync, the changes waiting to go out and the records in quarantine.</source>
        <translation>O site, a última sincronização, as alterações à espera de envio e os registos em quarentena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the stored records of one type, or print one record&apos;s data.</source>
        <translation>Listar os registos guardados de um tipo, ou mostrar os dados de um registo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The record type (item, name, transact, ...).</source>
        <translation>O tipo de registo (item, name, transact, ...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One record&apos;s ID: print its data.</source>
        <translation>O ID de um registo: mostrar os seus dados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a JSON array of v2 records from FILE as local changes; they go out with the next sync.</source>
        <translation>Aplicar como alterações locais uma lista JSON de registos v2 lida de FILE; seguem com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records received that could not be stored, and the changes the primary refused.</source>
        <translation>Os registos recebidos que não puderam ser guardados, e as alterações recusadas pelo servidor principal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the quarantined records again, and queue the refused changes to be sent again.</source>
        <translation>Aplicar de novo os registos em quarentena, e pôr de novo na fila as alterações recusadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up refused change N: it never reaches the primary.</source>
        <translation>Desistir da alteração recusada N: nunca chega ao servidor principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm --discard (it says what is lost).</source>
        <translation>Confirmar --discard (diz o que se perde).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recent syncs: when, how they ended, records sent and received.</source>
        <translation>As sincronizações recentes: quando, como terminaram, registos enviados e recebidos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register a patient (prints the new ID), change a patient registered here, find patients by name, code or date of birth, show one, or make a patient of another clinic visible in this store.</source>
        <translation>Registar um paciente (mostra o novo ID), alterar um paciente registado aqui, encontrar pacientes por nome, código ou data de nascimento, mostrar um, ou tornar visível neste armazém um paciente de outra clínica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dispense to a patient, first expiry first out; prints the prescription&apos;s ID. Nothing is written when a line cannot be dispensed.</source>
        <translation>Dispensar a um paciente, o primeiro a expirar sai primeiro; mostra o ID da receita. Nada é escrito quando uma linha não pode ser dispensada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The patient.</source>
        <translation>O paciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:UNITS</source>
        <translation>CÓDIGO:UNIDADES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item and the units to dispense (repeatable).</source>
        <translation>Um artigo e as unidades a dispensar (repetível).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prescriber.</source>
        <translation>O prescritor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:BATCH</source>
        <translation>CÓDIGO:LOTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take an item from this batch (repeatable).</source>
        <translation>Tirar um artigo deste lote (repetível).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:TEXT</source>
        <translation>CÓDIGO:TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions for an item&apos;s label (repeatable).</source>
        <translation>A posologia para a etiqueta de um artigo (repetível).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Why an expired or held batch is used.</source>
        <translation>Porque é usado um lote fora de validade ou bloqueado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it as a draft, its stock set aside.</source>
        <translation>Guardá-la como rascunho, com o stock reservado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without an ID, list the supplier invoices waiting to be received; with one, add its lines to the stock.</source>
        <translation>Sem ID, listar as faturas de fornecedor à espera de receção; com um ID, acrescentar as suas linhas ao stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LINE_ID:PACKS</source>
        <translation>ID_LINHA:EMBALAGENS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packs received on a line, where they differ from those sent (repeatable).</source>
        <translation>As embalagens recebidas numa linha, onde forem diferentes das enviadas (repetível).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a stock count of one batch; a difference becomes an inventory adjustment.</source>
        <translation>Registar a contagem de um lote; uma diferença torna-se um ajuste de inventário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The item.</source>
        <translation>O artigo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The batch counted.</source>
        <translation>O lote contado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNITS</source>
        <translation>UNIDADES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The units counted.</source>
        <translation>As unidades contadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for a difference.</source>
        <translation>O motivo de uma diferença.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PATH</source>
        <translation>CAMINHO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (default: $SATELLITE_DB, else the desktop app&apos;s).</source>
        <translation>A base de dados (por omissão: $SATELLITE_DB, senão a da aplicação de ambiente de trabalho).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help, or a command&apos;s.</source>
        <translation>Mostrar esta ajuda, ou a de um comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>usage:</source>
        <translation>utilização:</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Options for every command:</source>
        <translation>Opções de todos os comandos:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1 help COMMAND` or `%1 COMMAND --help` shows a command&apos;s options. The manual page (man %1) lists the exit codes and the environment variables.</source>
        <translation>`%1 help COMANDO` ou `%1 COMANDO --help` mostra as opções de um comando. A página de manual (man %1) indica os códigos de saída e as variáveis de ambiente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/satellite-cli/CliOptions.cpp" line="+58"/>
        <source>unknown option: %1</source>
        <translation>opção desconhecida: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>unknown argument: %1</source>
        <translation>argumento desconhecido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>%1 precisa de um valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no command %1</source>
        <translation>não há nenhum comando %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command given</source>
        <translation>nenhum comando indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login needs --url and --site</source>
        <translation>login precisa de --url e --site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records needs --type</source>
        <translation>records precisa de --type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs a FILE</source>
        <translation>import precisa de um FICHEIRO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patient needs add, edit, find, show or link</source>
        <translation>patient precisa de add, edit, find, show ou link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patient %1 needs an ID or a search text</source>
        <translation>patient %1 precisa de um ID ou de um texto a procurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispense needs --patient and at least one --item CODE:UNITS</source>
        <translation>dispense precisa de --patient e de pelo menos um --item CÓDIGO:UNIDADES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count needs --item, --batch and --counted</source>
        <translation>count precisa de --item, --batch e --counted</translation>
    </message>
</context>
<context>
    <name>Dispensing</name>
    <message>
        <location filename="../core/domain/Dispensing.cpp" line="+25"/>
        <source>Log in to a site before dispensing.</source>
        <translation>Inicie sessão num site antes de dispensar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>Não há nenhum paciente com o ID %1 aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no prescriber with ID %1 here.</source>
        <translation>Não há nenhum prescritor com o ID %1 aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispensing needs at least one item.</source>
        <translation>Uma dispensa precisa de pelo menos um artigo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no item with code %1.</source>
        <translation>Não há nenhum artigo com o código %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no dispensing with ID %1.</source>
        <translation>Não há nenhuma dispensa com o ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 is not a dispensing of this store.</source>
        <translation>A fatura %1 não é uma dispensa deste armazém.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispensing %1 is finalised and can no longer be changed.</source>
        <translation>A dispensa %1 está finalizada e já não pode ser alterada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batch %1 is no longer held here.</source>
        <translation>O lote %1 já não existe aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 has not enough stock left (%2 units on hand).</source>
        <translation>O lote %1 já não tem stock suficiente (%2 unidades em stock).</translation>
    </message>
</context>
<context>
    <name>DispensingLabels</name>
    <message>
        <location filename="../ui/work/DispensingLabels.cpp" line="+34"/>
        <source>Dispensing label</source>
        <translation>Etiqueta de dispensa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prescription %1</source>
        <translation>Receita %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescriber: %1</source>
        <translation>Prescritor: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dispensing labels</source>
        <translation>Etiquetas de dispensa</translation>
    </message>
</context>
<context>
    <name>GoodsReceipt</name>
    <message>
        <location filename="../core/domain/GoodsReceipt.cpp" line="+42"/>
        <source>There is no invoice with ID %1.</source>
        <translation>Não há nenhuma fatura com o ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is not a supplier invoice of this store.</source>
        <translation>A fatura %1 não é uma fatura de fornecedor deste armazém.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier invoice %1 has been received already.</source>
        <translation>A fatura de fornecedor %1 já foi rececionada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A quantity received cannot be negative.</source>
        <translation>Uma quantidade recebida não pode ser negativa.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1 is not a line of this invoice.</source>
        <translation>A linha %1 não é uma linha desta fatura.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <location filename="../ui/work/LabelOutput.cpp" line="+17"/>
        <source>Dispensing labels</source>
        <translation>Etiquetas de dispensa</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n label(s) sent to the printer.</source>
        <translation>
            <numerusform>%n etiqueta enviada para a impressora.</numerusform>
            <numerusform>%n etiquetas enviadas para a impressora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save labels as PDF</source>
        <translation>Guardar as etiquetas em PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labels saved as %1.</source>
        <translation>Etiquetas guardadas em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels could not be saved as %1.</source>
        <translation>Não foi possível guardar as etiquetas em %1.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../app/satellite-cli/PasswordPrompt.cpp" line="+16"/>
        <source>no password on standard input</source>
        <translation>nenhuma palavra-passe na entrada padrão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>nenhum terminal para pedir a palavra-passe: use --password-stdin</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <location filename="../core/domain/PatientHistory.cpp" line="+18"/>
        <source>This store</source>
        <translation>Este armazém</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <location filename="../core/domain/PatientRegistry.cpp" line="+43"/>
        <source>A patient needs a code.</source>
        <translation>Um paciente precisa de um código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient code %1 is already used by another patient.</source>
        <translation>O código de paciente %1 já é usado por outro paciente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A patient needs a first or a last name.</source>
        <translation>Um paciente precisa de um nome próprio ou de um apelido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>A data de nascimento não pode ser no futuro.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log in to a site before registering patients.</source>
        <translation>Inicie sessão num site antes de registar pacientes.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>Não há nenhum paciente com o ID %1 aqui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was registered at another clinic; change the details there.</source>
        <translation>%1 foi registado(a) noutra clínica; altere os dados lá.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Log in to a site before linking patients.</source>
        <translation>Inicie sessão num site antes de associar pacientes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no patient with ID %1 here; search the primary for patients registered at other clinics first.</source>
        <translation>Não há nenhum paciente com o ID %1 aqui; procure primeiro no servidor principal os pacientes registados noutras clínicas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The primary&apos;s record of this patient cannot be read: %1</source>
        <translation>O registo deste paciente no servidor principal não pode ser lido: %1</translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message numerus="yes">
        <location filename="../ui/work/PatientText.cpp" line="+17"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>born %1 (%2)</source>
        <translation>nascido(a) em %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PrimaryOptions</name>
    <message>
        <location filename="../primary/PrimaryOptions.cpp" line="+11"/>
        <source>A stand-in mSupply primary server for demos, training and tests.</source>
        <translation>Um servidor principal mSupply substituto, para demonstrações, formação e testes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address to listen on.</source>
        <translation>Endereço onde escutar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port; 0 picks a free one.</source>
        <translation>Porta; 0 escolhe uma livre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory of the primary&apos;s database (default: a temporary one).</source>
        <translation>Diretório da base de dados do servidor principal (por omissão: um temporário).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data: none, small, medium or large.</source>
        <translation>Dados de demonstração: none, small, medium ou large.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a site with its own store (repeatable).</source>
        <translation>Acrescentar um site com o seu próprio armazém (repetível).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed of the demo data.</source>
        <translation>Semente dos dados de demonstração.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X-Admin-Token /admin calls need (default: a random one, printed and kept in the data directory).</source>
        <translation>O X-Admin-Token que as chamadas /admin exigem (por omissão: um aleatório, mostrado e guardado no diretório de dados).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM certificate: serve https.</source>
        <translation>Certificado PEM: servir em https.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM private key of --tls-cert.</source>
        <translation>Chave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body accepted.</source>
        <translation>Maior corpo de pedido aceite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open connections at most; the longest idle is closed to make room.</source>
        <translation>Número máximo de ligações abertas; a que está inativa há mais tempo é fechada para dar lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a request to arrive whole (a big body gets a second more per 16 kB).</source>
        <translation>Tempo para um pedido chegar completo (um corpo grande ganha mais um segundo por cada 16 kB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time a connection may stay idle, or leave a reply unread.</source>
        <translation>Tempo que uma ligação pode ficar inativa, ou deixar uma resposta por ler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a user who may log in to the site&apos;s store (GET /sync/v3/user; repeatable).</source>
        <translation>Acrescentar um utilizador que pode iniciar sessão no armazém do site (GET /sync/v3/user; repetível).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept v1&apos;s shared sync user, its password in clear, for every site (the site is from_site).</source>
        <translation>Aceitar o utilizador de sincronização partilhado da v1, com a palavra-passe em claro, para todos os sites (o site vem de from_site).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print this help and exit.</source>
        <translation>Mostrar esta ajuda e sair.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--host: not an IP address: %1</source>
        <translation>--host: não é um endereço IP: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port: not a port number: %1</source>
        <translation>--port: não é um número de porta: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo: expected none, small, medium or large</source>
        <translation>--demo: esperado none, small, medium ou large</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed: not a number: %1</source>
        <translation>--seed: não é um número: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--site: expected NAME:PASSWORD, got %1</source>
        <translation>--site: esperado NOME:PALAVRA_PASSE, recebido %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument %1 (see primary-sim help)</source>
        <translation>argumento inesperado %1 (veja primary-sim help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user: expected NAME:PASSWORD:SITE, got %1</source>
        <translation>--user: esperado NOME:PALAVRA_PASSE:SITE, recebido %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--v1-sync-user: expected NAME:PASSWORD, got %1</source>
        <translation>--v1-sync-user: esperado NOME:PALAVRA_PASSE, recebido %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert e --tls-key usam-se juntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-body-bytes: at least 1024</source>
        <translation>--max-body-bytes: pelo menos 1024</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: at least %2</source>
        <translation>--%1: pelo menos %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/satellite/main.cpp" line="+91"/>
        <location line="+9"/>
        <source>Satellite</source>
        <translation>Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local database cannot be opened: %1</source>
        <translation>A base de dados local não pode ser aberta: %1</translation>
    </message>
</context>
<context>
    <name>RecordDescription</name>
    <message>
        <location filename="../core/domain/RecordDescription.cpp" line="+25"/>
        <source>prescription %1</source>
        <translation>receita %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prescription %1 for %2</source>
        <translation>receita %1 para %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier invoice %1</source>
        <translation>fatura de fornecedor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier invoice %1 from %2</source>
        <translation>fatura de fornecedor %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inventory adjustment %1</source>
        <translation>ajuste de inventário %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer invoice %1</source>
        <translation>fatura de cliente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer invoice %1 to %2</source>
        <translation>fatura de cliente %1 para %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice %1</source>
        <translation>fatura %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the line of %1</source>
        <translation>a linha de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line of %1 on %2</source>
        <translation>a linha de %1 em %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>patient %1</source>
        <translation>paciente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient %1 (%2)</source>
        <translation>paciente %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (customer or supplier)</source>
        <translation>%1 (cliente ou fornecedor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made visible in this store</source>
        <translation>%1 tornado visível neste armazém</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1</source>
        <translation>artigo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>batch %1 of %2</source>
        <translation>lote %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 record (ID %2)</source>
        <translation>um registo %1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>RecordViews</name>
    <message>
        <location filename="../ui/models/RecordViews.cpp" line="+107"/>
        <source>Expired on %1</source>
        <translation>Fora de validade desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires today</source>
        <translation>Expira hoje</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · expires in %n day(s)</source>
        <translation>
            <numerusform>%1 · expira dentro de %n dia</numerusform>
            <numerusform>%1 · expira dentro de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stock item</source>
        <translation>Artigo de stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not kept in stock</source>
        <translation>Não mantido em stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other name of an item</source>
        <translation>Outro nome de um artigo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier and customer</source>
        <translation>Fornecedor e cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Unidade sanitária</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory adjustments</source>
        <translation>Ajustes de inventário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builds</source>
        <translation>Fabricos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repacks</source>
        <translation>Reembalagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prescription</source>
        <translation>Receita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer invoice</source>
        <translation>Fatura de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer credit</source>
        <translation>Nota de crédito de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier invoice</source>
        <translation>Fatura de fornecedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier credit</source>
        <translation>Nota de crédito de fornecedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory adjustment</source>
        <translation>Ajuste de inventário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repack</source>
        <translation>Reembalagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Fabrico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+93"/>
        <location line="+13"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>On hand (units)</source>
        <translation>Em stock (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every unit in the store, expired and on hold included.</source>
        <translation>Todas as unidades do armazém, incluindo as fora de validade e as bloqueadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (units)</source>
        <translation>Disponível (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that may be given out today: not expired, not on hold, not set aside by a draft.</source>
        <translation>As unidades que podem ser dispensadas hoje: nem fora de validade, nem bloqueadas, nem reservadas por um rascunho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest expiry</source>
        <translation>Validade mais próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The soonest expiry of the batches in stock.</source>
        <translation>A validade mais próxima dos lotes em stock.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+76"/>
        <source>Packs</source>
        <translation>Embalagens</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Pack size</source>
        <translation>Tamanho da embalagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>On hold</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+88"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National health number</source>
        <translation>Número nacional de saúde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other party</source>
        <translation>Outra parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Price per pack</source>
        <translation>Preço por embalagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Total da linha</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Natureza</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Strength</source>
        <translation>Dosagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default pack size</source>
        <translation>Embalagem por omissão</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+78"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <location filename="../core/domain/StockCount.cpp" line="+51"/>
        <source>A count above the stock needs one of these reasons: %1.</source>
        <translation>Uma contagem acima do stock precisa de um destes motivos: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count below the stock needs one of these reasons: %1.</source>
        <translation>Uma contagem abaixo do stock precisa de um destes motivos: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The primary has sent no inventory adjustment name (type invad) yet: sync first.</source>
        <translation>O servidor principal ainda não enviou nenhum nome de ajuste de inventário (tipo invad): sincronize primeiro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no item with code %1.</source>
        <translation>Não há nenhum artigo com o código %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no batch %2 in this store.</source>
        <translation>%1 não tem o lote %2 neste armazém.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to a site before counting stock.</source>
        <translation>Inicie sessão num site antes de contar o stock.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batch %1 is not stock of this store.</source>
        <translation>O lote %1 não é stock deste armazém.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Uma quantidade contada não pode ser negativa.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stock count</source>
        <translation>Contagem de stock</translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <location filename="../ui/windows/SupportInfo.cpp" line="+42"/>
        <source>none granted yet (all rights reserved by the Satellite maintainers)</source>
        <translation>nenhuma concedida ainda (todos os direitos reservados pelos responsáveis do Satellite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not known yet)</source>
        <translation>(ainda não conhecido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version: %1</source>
        <translation>Versão: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: %1</source>
        <translation>Armazém: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>Utilizador: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Base de dados: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satellite support information</source>
        <translation>Informações de suporte do Satellite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync: %1</source>
        <translation>Última sincronização bem-sucedida: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n alteração à espera de envio</numerusform>
            <numerusform>%n alterações à espera de envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n registo em quarentena</numerusform>
            <numerusform>%n registos em quarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n alteração recusada pelo servidor principal</numerusform>
            <numerusform>%n alterações recusadas pelo servidor principal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/SyncError.cpp" line="+9"/>
        <source>No error.</source>
        <translation>Nenhum erro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the primary server. Check the internet connection and try again.</source>
        <translation>Não é possível contactar o servidor principal. Verifique a ligação à Internet e tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary server stopped answering. The sync will go on from where it stopped next time.</source>
        <translation>O servidor principal deixou de responder. A sincronização continuará de onde parou da próxima vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to the primary server failed (certificate problem).</source>
        <translation>A ligação segura ao servidor principal falhou (problema de certificado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name or password was rejected by the primary server.</source>
        <translation>O nome do site ou a palavra-passe foi recusado pelo servidor principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site is registered to another machine. Ask your administrator to reset the site&apos;s registration.</source>
        <translation>Este site está registado noutra máquina. Peça ao seu administrador que reponha o registo do site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary server reported an error.</source>
        <translation>O servidor principal comunicou um erro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary server&apos;s answer could not be understood.</source>
        <translation>Não foi possível compreender a resposta do servidor principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local database failed; nothing was lost, but the sync stopped.</source>
        <translation>A base de dados local falhou; nada se perdeu, mas a sincronização parou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be done now.</source>
        <translation>Isto não pode ser feito agora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate has the SHA-256 fingerprint %1; trust it only if your administrator confirms it.</source>
        <translation>O certificado do servidor tem a impressão digital SHA-256 %1; confie nele só se o seu administrador a confirmar.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../core/sync/SyncTypes.cpp" line="+14"/>
        <source>Cannot reach the server</source>
        <translation>Não é possível contactar o servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server stopped answering</source>
        <translation>O servidor deixou de responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer came cut off or unreadable</source>
        <translation>A resposta chegou cortada ou ilegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem</source>
        <translation>O servidor teve um problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call failed</source>
        <translation>A chamada falhou</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting</source>
        <translation>A ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the first sync</source>
        <translation>A preparar a primeira sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation>A enviar alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving records</source>
        <translation>A receber registos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storing the last records received</source>
        <translation>A guardar os últimos registos recebidos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>about %n s</source>
        <translation>
            <numerusform>cerca de %n s</numerusform>
            <numerusform>cerca de %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n min</source>
        <translation>
            <numerusform>cerca de %n min</numerusform>
            <numerusform>cerca de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n h</source>
        <translation>
            <numerusform>cerca de %n h</numerusform>
            <numerusform>cerca de %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, trying again in %n s</source>
        <translation>
            <numerusform>%1, nova tentativa dentro de %n s</numerusform>
            <numerusform>%1, nova tentativa dentro de %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 records</source>
        <translation>%1: %2 de %3 registos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records/s</source>
        <translation>%1 registos/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SyncResultWords</name>
    <message>
        <location filename="../ui/widgets/SyncResultWords.cpp" line="+8"/>
        <source>Succeeded</source>
        <translation>Bem-sucedida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut off (the program stopped)</source>
        <translation>Interrompida (o programa parou)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync cancelled.</source>
        <translation>Sincronização cancelada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done: %1, %2.</source>
        <translation>Sincronização concluída: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n registo enviado</numerusform>
            <numerusform>%n registos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n recebido</numerusform>
            <numerusform>%n recebidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAction</name>
    <message>
        <location filename="../ui/work/WorkAction.cpp" line="+16"/>
        <source>Nothing was saved: the local database reported a problem (%1). Try again; if it happens again, call your support contact.</source>
        <translation>Nada foi guardado: a base de dados local comunicou um problema (%1). Tente de novo; se voltar a acontecer, contacte o seu suporte.</translation>
    </message>
</context>
<context>
    <name>WorkCommands</name>
    <message>
        <location filename="../app/satellite-cli/WorkCommands.cpp" line="+89"/>
        <source>Not logged in: log in to a site first.</source>
        <translation>Sem sessão iniciada: inicie primeiro sessão num site.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--dob must be a date YYYY-MM-DD</source>
        <translation>--dob tem de ser uma data AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--gender is female or male</source>
        <translation>--gender é female ou male</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Patient registered with code %1; it goes out with the next sync.</source>
        <translation>Paciente registado com o código %1; segue com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Patient details saved; they go out with the next sync.</source>
        <translation>Dados do paciente guardados; seguem com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(on the primary: link to see it here)</source>
        <translation>(no servidor principal: associe-o para o ver aqui)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n paciente encontrado</numerusform>
            <numerusform>%n pacientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The primary could not be searched: %1</source>
        <translation>Não foi possível pesquisar no servidor principal: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (code %2), born %3</source>
        <translation>%1 (código %2), data de nascimento: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>Não há nenhum paciente com o ID %1 aqui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The primary cannot be reached (%1): its history as of %2 is shown.</source>
        <translation>O servidor principal não está acessível (%1): é mostrado o seu histórico de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary cannot be reached (%1): only this store&apos;s dispensings are shown.</source>
        <translation>O servidor principal não está acessível (%1): só são mostradas as dispensas deste armazém.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The primary cannot be reached (%1): the patient will be made visible here at the next sync.</source>
        <translation>O servidor principal não está acessível (%1): o paciente ficará visível aqui na próxima sincronização.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary refused to make the patient visible here; see satellite-cli quarantine and the sync log.</source>
        <translation>O servidor principal recusou tornar o paciente visível aqui; veja satellite-cli quarantine e o registo de sincronização.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The patient is visible in this store already.</source>
        <translation>O paciente já está visível neste armazém.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient is now visible in this store; their records arrive with the next sync.</source>
        <translation>O paciente está agora visível neste armazém; os seus registos chegam com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--item takes CODE:UNITS, not %1</source>
        <translation>--item recebe CÓDIGO:UNIDADES, não %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Draft prescription %1 kept (total %2).</source>
        <translation>Rascunho de receita %1 guardado (total %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription %1 saved (total %2); it goes out with the next sync.</source>
        <translation>Receita %1 guardada (total %2); segue com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient is now visible in this store on the primary.</source>
        <translation>O paciente está agora visível neste armazém no servidor principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n supplier invoice(s) waiting to be received</source>
        <translation>
            <numerusform>%n fatura de fornecedor à espera de receção</numerusform>
            <numerusform>%n faturas de fornecedor à espera de receção</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--line takes LINE_ID:PACKS, not %1</source>
        <translation>--line recebe ID_LINHA:EMBALAGENS, não %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) received into stock; the invoice is finalised.</source>
        <translation>
            <numerusform>%n linha recebida em stock; a fatura está finalizada.</numerusform>
            <numerusform>%n linhas recebidas em stock; a fatura está finalizada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--counted takes a number of units, not %1</source>
        <translation>--counted recebe um número de unidades, não %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The count matches the stock: nothing to adjust.</source>
        <translation>A contagem corresponde ao stock: nada a ajustar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>local database error: %1</source>
        <translation>erro da base de dados local: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/primary-sim/main.cpp" line="+68"/>
        <source>data: %1</source>
        <translation>dados: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>admin token: %1  (X-Admin-Token; also in %2)</source>
        <translation>token de administração: %1  (X-Admin-Token; também em %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo data: %1 records generated</source>
        <translation>dados de demonstração: %1 registos gerados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo site: %1  password: %2  (%3)</source>
        <translation>site de demonstração: %1  palavra-passe: %2  (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo user: %1  password: %2  (%3%4; GET /sync/v3/user)</source>
        <translation>utilizador de demonstração: %1  palavra-passe: %2  (%3%4; GET /sync/v3/user)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every store</source>
        <translation>todos os armazéns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, administrator</source>
        <translation>, administrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user: %1  (site %2)</source>
        <translation>utilizador: %1  (site %2)</translation>
    </message>
</context>
<context>
    <name>primary::PrimaryServer</name>
    <message>
        <location filename="../primary/PrimaryServer.cpp" line="+67"/>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot read the TLS certificate or key</source>
        <translation>não é possível ler o certificado ou a chave TLS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TLS certificate or key is not valid PEM</source>
        <translation>o certificado ou a chave TLS não é PEM válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>não é possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no such call: %1</source>
        <translation>chamada desconhecida: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>injected fault: internal server error</source>
        <translation>falha injetada: erro interno do servidor</translation>
    </message>
</context>
<context>
    <name>satellite::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+92"/>
        <source>This database belongs to site %1; log out first.</source>
        <translation>Esta base de dados pertence ao site %1; termine primeiro a sessão.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>Not logged in: log in to a site first.</source>
        <translation>Sem sessão iniciada: inicie primeiro sessão num site.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Logged out of site %1; its data was removed from this computer.</source>
        <translation>Sessão terminada no site %1; os seus dados foram removidos deste computador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <source>The database could not be opened.</source>
        <translation>Não foi possível abrir a base de dados.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>patient search</source>
        <translation>pesquisa de pacientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the patient search did not answer a list</source>
        <translation>a pesquisa de pacientes não respondeu com uma lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>patient history</source>
        <translation>histórico do paciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient history is not a list</source>
        <translation>o histórico do paciente não é uma lista</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>making a patient visible here</source>
        <translation>tornar um paciente visível aqui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The primary would not make patient %1 visible in this store: %2</source>
        <translation>O servidor principal recusou tornar o paciente %1 visível neste armazém: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient %1 is now visible in this store on the primary.</source>
        <translation>O paciente %1 está agora visível neste armazém no servidor principal.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot make the lock file that keeps syncs of this database apart, next to %1</source>
        <translation>não é possível criar o ficheiro de bloqueio que separa as sincronizações desta base de dados, junto a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another sync of this database is still running; try again when it has finished.</source>
        <translation>Outra sincronização desta base de dados ainda está em curso; tente de novo quando terminar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another sync of this database is running (process %1); waiting for it to finish.</source>
        <translation>Outra sincronização desta base de dados está em curso (processo %1); à espera que termine.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server address must start with https:// (or http://).</source>
        <translation>O endereço do servidor tem de começar por https:// (ou http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http is only allowed to this computer; allow an insecure connection explicitly to use it.</source>
        <translation>O http simples só é permitido para este computador; permita explicitamente uma ligação insegura para o usar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No stored password for site %1: log in again.</source>
        <translation>Nenhuma palavra-passe guardada para o site %1: inicie sessão de novo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site lookup</source>
        <translation>consulta do site</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the site lookup did not give a SiteID and StoreID</source>
        <translation>a consulta do site não devolveu um SiteID e um StoreID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user lookup</source>
        <translation>consulta do utilizador</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot store the password hash: %1</source>
        <translation>não é possível guardar o hash da palavra-passe: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password hash is kept in the system keychain.</source>
        <translation>O hash da palavra-passe é guardado no porta-chaves do sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain: the password hash is kept in a file only you can read.</source>
        <translation>Sem porta-chaves do sistema: o hash da palavra-passe é guardado num ficheiro que só a sua conta pode ler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logged in as site %1 (site ID %2).</source>
        <translation>Sessão iniciada como site %1 (ID do site %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n batch(es) of records were still on their way to the disk when the last sync stopped; the server sends them again.</source>
        <translation>
            <numerusform>%n lote de registos ainda estava a caminho do disco quando a última sincronização parou; o servidor envia-o novamente.</numerusform>
            <numerusform>%n lotes de registos ainda estavam a caminho do disco quando a última sincronização parou; o servidor envia-os novamente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirming %1 records stored before the last sync stopped.</source>
        <translation>A confirmar %1 registos guardados antes de a última sincronização parar.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n record(s) changed here kept their local state; the next push sends it.</source>
        <translation>
            <numerusform>%n registo alterado aqui manteve o seu estado local; o próximo envio transmite-o.</numerusform>
            <numerusform>%n registos alterados aqui mantiveram o seu estado local; o próximo envio transmite-o.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the primary to prepare every record of this store.</source>
        <translation>A pedir ao servidor principal que prepare todos os registos deste armazém.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>initial dump</source>
        <translation>exportação inicial</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>sending changes</source>
        <translation>envio das alterações</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The primary refused a change to %1 %2: %3. It is kept aside; the rest goes out.</source>
        <translation>O servidor principal recusou uma alteração a %1 %2: %3. Fica de parte; o resto segue.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>counting records</source>
        <translation>contagem dos registos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the record count has no NumRecords</source>
        <translation>a contagem dos registos não tem NumRecords</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record count is not a number of records: %1</source>
        <translation>a contagem dos registos não é um número de registos: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>receiving records</source>
        <translation>receção dos registos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server counts records but sends none</source>
        <translation>o servidor conta registos mas não envia nenhum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server sent records again that were acknowledged already, or records without a SyncID that could be acknowledged: it does not take acknowledgements</source>
        <translation>o servidor voltou a enviar registos já confirmados, ou registos sem SyncID que poderiam ser confirmados: não aceita confirmações</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the record cannot be read: %1</source>
        <translation>o registo não pode ser lido: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) the server sent cannot be read; kept in quarantine, the rest is stored.</source>
        <translation>
            <numerusform>%n registo enviado pelo servidor não pode ser lido; fica em quarentena, o resto é guardado.</numerusform>
            <numerusform>%n registos enviados pelo servidor não podem ser lidos; ficam em quarentena, o resto é guardado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>confirming receipt</source>
        <translation>confirmação da receção</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 failed (%2); trying again in %3 ms.</source>
        <translation>%1 falhou (%2); nova tentativa dentro de %3 ms.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::AboutDialog</name>
    <message>
        <location filename="../ui/windows/AboutDialog.cpp" line="+15"/>
        <source>&amp;Copy support information</source>
        <translation>&amp;Copiar informações de suporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Satellite</source>
        <translation>Acerca do Satellite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Satellite&lt;/b&gt; keeps this clinic&apos;s mSupply data here and syncs it with the primary server whenever the line is up.</source>
        <translation>O &lt;b&gt;Satellite&lt;/b&gt; guarda aqui os dados mSupply desta clínica e sincroniza-os com o servidor principal sempre que a ligação o permite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this installation</source>
        <translation>Acerca desta instalação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a message to your support team: never includes the password</source>
        <translation>Para uma mensagem à sua equipa de suporte: nunca inclui a palavra-passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>satellite::ui::DispenseLinesModel</name>
    <message>
        <location filename="../ui/work/DispenseLinesModel.cpp" line="+23"/>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expires %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>sem validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3 × pack of %4</source>
        <comment>batch, expiry, packs, pack size</comment>
        <translation>%1 (%2): %3 × embalagem de %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot dispense: %1</source>
        <translation>Não é possível dispensar: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>Posologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From batches (first to expire first)</source>
        <translation>Dos lotes (o primeiro a expirar sai primeiro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
</context>
<context>
    <name>satellite::ui::DispensePage</name>
    <message>
        <location filename="../ui/work/DispensePage.cpp" line="+45"/>
        <location line="+91"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Prescriber</source>
        <translation>Prescritor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add line</source>
        <translation>&amp;Acrescentar linha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save and finish</source>
        <translation>&amp;Guardar e concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as draft</source>
        <translation>Guardar como &amp;rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print labels…</source>
        <translation>&amp;Imprimir etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save labels as P&amp;DF…</source>
        <translation>Guardar etiquetas em P&amp;DF…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines to dispense</source>
        <translation>Linhas a dispensar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Novo paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a patient who is not found (Ctrl+N)</source>
        <translation>Registar um paciente que não é encontrado (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in any order, code, date of birth (YYYY-MM-DD) or health number</source>
        <translation>Nome em qualquer ordem, código, data de nascimento (AAAA-MM-DD) ou número de saúde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: name or code</source>
        <translation>Opcional: nome ou código</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find patient:</source>
        <translation>&amp;Procurar paciente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rescriber:</source>
        <translation>P&amp;rescritor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the primary for “%1” (patients of other clinics)…</source>
        <translation>Procurar «%1» no servidor principal (pacientes de outras clínicas)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+437"/>
        <source>No patient chosen yet.</source>
        <translation>Ainda não foi escolhido nenhum paciente.</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>Add an item</source>
        <translation>Acrescentar um artigo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or code</source>
        <translation>Nome ou código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity in units</source>
        <translation>Quantidade em unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directions</source>
        <translation>Posologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1 tablet 3 times a day for 5 days</source>
        <translation>p. ex. 1 comprimido 3 vezes por dia durante 5 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Item:</source>
        <translation>A&amp;rtigo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity (units):</source>
        <translation>&amp;Quantidade (unidades):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dir&amp;ections:</source>
        <translation>Poso&amp;logia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch:</source>
        <translation>L&amp;ote:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reason to issue expired or held stock</source>
        <translation>Motivo para dispensar stock fora de validade ou bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only to issue from an expired batch or one on hold: say why</source>
        <translation>Só para dispensar de um lote fora de validade ou bloqueado: diga porquê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispense now (Ctrl+Enter)</source>
        <translation>Dispensar agora (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for later, the stock set aside (Ctrl+D)</source>
        <translation>Guardar para mais tarde, com o stock reservado (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the labels of the last dispensing (Ctrl+P)</source>
        <translation>Imprimir as etiquetas da última dispensa (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Override reason:</source>
        <translation>&amp;Motivo da exceção:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 · %2 available</source>
        <translation>%1 · %2 disponíveis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A dispensing for this patient is kept as draft %1: open it from the drafts below.</source>
        <translation>Uma dispensa para este paciente está guardada como rascunho %1: abra-a a partir dos rascunhos abaixo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>First to expire (automatic)</source>
        <translation>O primeiro a expirar (automático)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expires %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>sem validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free</source>
        <translation>%1 livres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPIRED</source>
        <translation>FORA DE VALIDADE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ON HOLD</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item first: type its name or code, then press Enter.</source>
        <translation>Escolha primeiro um artigo: escreva o nome ou o código e prima Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the quantity in units (tablets, ml, …), for example 30.</source>
        <translation>Escreva a quantidade em unidades (comprimidos, ml, …), por exemplo 30.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This line cannot be dispensed as it is: %1</source>
        <translation>Esta linha não pode ser dispensada assim: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n line(s) cannot be dispensed)</source>
        <translation>
            <numerusform>(%n linha não pode ser dispensada)</numerusform>
            <numerusform>(%n linhas não podem ser dispensadas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the patient first.</source>
        <translation>Escolha primeiro o paciente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one item.</source>
        <translation>Acrescente pelo menos um artigo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved. %1</source>
        <translation>Nada foi guardado. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept as draft %1 for %2; the stock is set aside. Finish it from the drafts below.</source>
        <translation>Guardado como rascunho %1 para %2; o stock fica reservado. Conclua-o a partir dos rascunhos abaixo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dispensed: prescription %1 for %2, total %3. Print the labels with Ctrl+P.</source>
        <translation>Dispensado: receita %1 para %2, total %3. Imprima as etiquetas com Ctrl+P.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That draft is no longer kept: it was finished or discarded.</source>
        <translation>Esse rascunho já não está guardado: foi concluído ou descartado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing draft %1: Save and finish dispenses it, Keep as draft keeps your changes.</source>
        <translation>A alterar o rascunho %1: Guardar e concluir dispensa-o, Guardar como rascunho guarda as suas alterações.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That draft is no longer kept.</source>
        <translation>Esse rascunho já não está guardado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Discard draft %1 for %2? Its stock is put back; nothing is dispensed.</source>
        <translation>Descartar o rascunho %1 para %2? O seu stock é reposto; nada é dispensado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Draft %1 discarded; its stock is available again.</source>
        <translation>Rascunho %1 descartado; o seu stock está de novo disponível.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels can be printed once a dispensing is saved.</source>
        <translation>As etiquetas podem ser impressas depois de a dispensa ser guardada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>labels-%1.pdf</source>
        <comment>file name</comment>
        <translation>etiquetas-%1.pdf</translation>
    </message>
</context>
<context>
    <name>satellite::ui::DraftList</name>
    <message>
        <location filename="../ui/work/DraftList.cpp" line="+18"/>
        <source>&amp;Open draft</source>
        <translation>&amp;Abrir rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish draft</source>
        <translation>&amp;Concluir rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft…</source>
        <translation>Descartar rascunho…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts kept</source>
        <translation>Rascunhos guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dispensings kept as drafts</source>
        <translation>Dispensas guardadas como rascunho</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artigo</numerusform>
            <numerusform>%n artigos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::ExpiryChart</name>
    <message>
        <location filename="../ui/stock/ExpiryChart.cpp" line="+39"/>
        <source>Stock expiring per month</source>
        <translation>Stock a expirar por mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock expiring in the next 12 months: click a month to list its items</source>
        <translation>Stock a expirar nos próximos 12 meses: clique num mês para listar os seus artigos</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+20"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Value at cost</source>
        <translation>Valor ao custo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at cost (%1)</source>
        <translation>Valor ao custo (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stock expiring cannot be read now (%1).</source>
        <translation>O stock a expirar não pode ser lido agora (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 units (%3)</source>
        <translation>%1: %2 unidades (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires in the next 12 months.</source>
        <translation>Nada expira nos próximos 12 meses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring: %1.</source>
        <translation>A expirar: %1.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::FirstSyncBanner</name>
    <message>
        <location filename="../ui/widgets/FirstSyncBanner.cpp" line="+12"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first sync did not finish: some of this store&apos;s records are not here yet. Continue receiving them now, or later with Sync now.</source>
        <translation>A primeira sincronização não terminou: alguns registos deste armazém ainda não estão aqui. Continue a recebê-los agora, ou mais tarde com Sincronizar agora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first sync did not finish</source>
        <translation>A primeira sincronização não terminou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the first sync from where it stopped</source>
        <translation>Continuar a primeira sincronização de onde parou</translation>
    </message>
</context>
<context>
    <name>satellite::ui::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/InvoicesPage.cpp" line="+13"/>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dated from</source>
        <translation>&amp;Datadas de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type of invoice</source>
        <translation>Tipo de fatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First date</source>
        <translation>Primeira data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>Última data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of this day are included.</source>
        <translation>As faturas deste dia estão incluídas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <comment>dated from [date] to [date]</comment>
        <translation>&amp;até</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ItemConsumption</name>
    <message>
        <location filename="../ui/stock/ItemConsumption.cpp" line="+47"/>
        <source>Units used per month</source>
        <translation>Unidades usadas por mês</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of stock left</source>
        <translation>Meses de stock restantes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Choose an item to see how much of it is used.</source>
        <translation>Escolha um artigo para ver quanto dele é usado.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading how much of it is used…</source>
        <translation>A ler quanto dele é usado…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Its use cannot be read now (%1).</source>
        <translation>O seu uso não pode ser lido agora (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in the last 12 months.</source>
        <translation>Não usado nos últimos 12 meses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units used a month on average.</source>
        <translation>%1 unidades usadas por mês, em média.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The available stock lasts less than a month at that rate.</source>
        <translation>O stock disponível dura menos de um mês a este ritmo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The available stock lasts about %n year(s) at that rate.</source>
        <translation>
            <numerusform>O stock disponível dura cerca de %n ano a este ritmo.</numerusform>
            <numerusform>O stock disponível dura cerca de %n anos a este ritmo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The available stock lasts about %n month(s) at that rate.</source>
        <translation>
            <numerusform>O stock disponível dura cerca de %n mês a este ritmo.</numerusform>
            <numerusform>O stock disponível dura cerca de %n meses a este ritmo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Units used</source>
        <translation>Unidades usadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Units used per month, %1 to %2</source>
        <translation>Unidades usadas por mês, de %1 a %2</translation>
    </message>
</context>
<context>
    <name>satellite::ui::LoginDialog</name>
    <message>
        <location filename="../ui/windows/LoginDialog.cpp" line="+26"/>
        <source>&amp;Allow an insecure (http) connection to another computer</source>
        <translation>&amp;Permitir uma ligação insegura (http) para outro computador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onnect</source>
        <translation>Lig&amp;ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Log in to your mSupply site</source>
        <translation>Inicie sessão no seu site mSupply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary server address</source>
        <translation>Endereço do servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site name</source>
        <translation>Nome do site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site password</source>
        <translation>Palavra-passe do site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http sends your data unprotected over the network. Use it only if your administrator tells you to.</source>
        <translation>O http simples envia os seus dados sem proteção pela rede. Use-o só se o seu administrador lho pedir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sync progress</source>
        <translation>Progresso da primeira sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site found</source>
        <translation>Site encontrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary server:</source>
        <translation>Servidor &amp;principal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site name:</source>
        <translation>Nome do &amp;site:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Found site %1 on the server. Receiving the records of its store…</source>
        <translation>Site %1 encontrado no servidor. A receber os registos do seu armazém…</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Done: %n record(s) received.</source>
        <translation>
            <numerusform>Concluído: %n registo recebido.</numerusform>
            <numerusform>Concluído: %n registos recebidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the first sync?</source>
        <translation>Parar a primeira sincronização?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first sync is still receiving this store&apos;s records. If you stop now, the next start of Satellite offers to continue from where it stopped.</source>
        <translation>A primeira sincronização ainda está a receber os registos deste armazém. Se parar agora, o próximo arranque do Satellite propõe continuar de onde parou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop the sync</source>
        <translation>&amp;Parar a sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on syncing</source>
        <translation>&amp;Continuar a sincronizar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Enter the server address, the site name and the password your administrator gave you.</source>
        <translation>Introduza o endereço do servidor, o nome do site e a palavra-passe que o seu administrador lhe deu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The site name or password is wrong. Check them with your administrator and try again.</source>
        <translation>O nome do site ou a palavra-passe está errado. Confirme-os com o seu administrador e tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site is registered to another computer. Ask your administrator to reset the site&apos;s registration, then connect again.</source>
        <translation>Este site está registado noutro computador. Peça ao seu administrador que reponha o registo do site e depois ligue de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server. Check the address and the internet connection, then try again. (%1)</source>
        <translation>Não é possível contactar o servidor. Verifique o endereço e a ligação à Internet e tente de novo. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted. Its SHA-256 fingerprint is %1. Trust it only if your administrator confirms this fingerprint.</source>
        <translation>O certificado do servidor não é de confiança. A sua impressão digital SHA-256 é %1. Confie nele só se o seu administrador confirmar esta impressão digital.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. Connect again to go on from where it stopped.</source>
        <translation>Parado. Ligue de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untrusted certificate</source>
        <translation>Certificado não fidedigno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate</source>
        <translation>Confiar neste certificado</translation>
    </message>
</context>
<context>
    <name>satellite::ui::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+147"/>
        <source>Satellite — %1</source>
        <translation>Satellite — %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+241"/>
        <source>Dispense</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+166"/>
        <location line="+12"/>
        <location line="+24"/>
        <location line="+229"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+55"/>
        <location line="+22"/>
        <source>Receive goods</source>
        <translation>Receção</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+33"/>
        <location line="+43"/>
        <location line="+22"/>
        <location line="+278"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Dispensing history</source>
        <translation>Histórico de dispensas</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+11"/>
        <location line="+59"/>
        <location line="+353"/>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location line="-417"/>
        <location line="+1"/>
        <location line="+418"/>
        <source>Items</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <location line="-415"/>
        <location line="+1"/>
        <location line="+410"/>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <location line="-631"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Count stock…</source>
        <translation>&amp;Contar stock…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a &amp;location…</source>
        <translation>Contar uma &amp;localização…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Dispense to patient</source>
        <translation>&amp;Dispensar ao paciente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the &amp;primary…</source>
        <translation>Procurar no servidor &amp;principal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find patients registered at other clinics</source>
        <translation>Encontrar pacientes registados noutras clínicas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Registar paciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Receive goods…</source>
        <translation>Re&amp;ceber mercadoria…</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Satellite — %1 (%2)</source>
        <comment>store, site</comment>
        <translation>Satellite — %1 (%2)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Choose the patient to edit first.</source>
        <translation>Escolha primeiro o paciente a editar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 registered with code %2.</source>
        <translation>%1 registado(a) com o código %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s details saved.</source>
        <translation>Dados de %1 guardados.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the item to count first.</source>
        <translation>Escolha primeiro o artigo a contar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This store has no locations; count item by item.</source>
        <translation>Este armazém não tem localizações; conte artigo a artigo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count a location</source>
        <translation>Contar uma localização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location to count:</source>
        <translation>&amp;Localização a contar:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Satellite</source>
        <translation>&amp;Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>S&amp;incronizar agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Cancelar a sincronização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log out…</source>
        <translation>&amp;Terminar sessão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy support information</source>
        <translation>Copiar &amp;informações de suporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Satellite</source>
        <translation>&amp;Acerca do Satellite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to %1</source>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+13"/>
        <source>The details cannot be read now: %1</source>
        <translation>Os detalhes não podem ser lidos agora: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Support information copied: paste it into your message.</source>
        <translation>Informações de suporte copiadas: cole-as na sua mensagem.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Satellite is still running</source>
        <translation>O Satellite continua em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps syncing in the background. Click its icon to open the window again; Quit in the icon&apos;s menu stops it.</source>
        <translation>Continua a sincronizar em segundo plano. Clique no seu ícone para abrir de novo a janela; Sair, no menu do ícone, termina-o.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show Satellite</source>
        <translation>Mostrar o Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logging out removes site %1&apos;s data from this computer; the primary server keeps it, and you can log in to this or another site afterwards.</source>
        <translation>Terminar a sessão remove os dados do site %1 deste computador; o servidor principal guarda-os, e depois pode iniciar sessão neste ou noutro site.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) made here have not been sent yet and would be lost: sync first.</source>
        <translation>
            <numerusform>%n alteração feita aqui ainda não foi enviada e perder-se-ia: sincronize primeiro.</numerusform>
            <numerusform>%n alterações feitas aqui ainda não foram enviadas e perder-se-iam: sincronize primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Log out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log out and lose the changes</source>
        <translation>Terminar sessão e perder as alterações</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: %2</source>
        <comment>patient, the primary&apos;s words</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientDialog</name>
    <message>
        <location filename="../ui/work/PatientDialog.cpp" line="+38"/>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register patient</source>
        <translation>Registar paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>Não registado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First name:</source>
        <translation>Nome &amp;próprio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apelido:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Data de &amp;nascimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient code</source>
        <translation>Código do paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Morada:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, second line</source>
        <translation>Morada, segunda linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National health number:</source>
        <translation>Número nacional de sa&amp;úde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National health number</source>
        <translation>Número nacional de saúde</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the date of birth as year-month-day, for example 1990-03-04.</source>
        <translation>Escreva a data de nascimento como ano-mês-dia, por exemplo 1990-03-04.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientHistoryModel</name>
    <message>
        <location filename="../ui/work/PatientHistoryModel.cpp" line="+29"/>
        <source>Dispensed at %1, as the primary records it</source>
        <translation>Dispensado em %1, segundo o servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>another store</source>
        <translation>outro armazém</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dispensed in this store</source>
        <translation>Dispensado neste armazém</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>item name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (units)</source>
        <translation>Quantidade (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Prescritor</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientHistoryPane</name>
    <message>
        <location filename="../ui/work/PatientHistoryPane.cpp" line="+36"/>
        <source>Dispensing history</source>
        <translation>Histórico de dispensas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the history comes from</source>
        <translation>De onde vem o histórico</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a patient to see what was dispensed to them.</source>
        <translation>Escolha um paciente para ver o que lhe foi dispensado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This store&apos;s dispensings cannot be read now (%1).</source>
        <translation>As dispensas deste armazém não podem ser lidas agora (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the primary for dispensings at other clinics…</source>
        <translation>A pedir ao servidor principal as dispensas de outras clínicas…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dispensings recorded for this patient, here or at other clinics.</source>
        <translation>Nenhuma dispensa registada para este paciente, aqui ou noutras clínicas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispensed here and at other clinics, as the primary records it now.</source>
        <translation>Dispensado aqui e noutras clínicas, segundo o servidor principal neste momento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispensings at other clinics as of %1.</source>
        <translation>Dispensas noutras clínicas em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store&apos;s dispensings.</source>
        <translation>As dispensas deste armazém.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary could not be asked (%1): dispensings at other clinics as of %2.</source>
        <translation>Não foi possível consultar o servidor principal (%1): dispensas noutras clínicas em %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The primary could not be asked (%1): only this store&apos;s dispensings are shown.</source>
        <translation>Não foi possível consultar o servidor principal (%1): só são mostradas as dispensas deste armazém.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientLinker</name>
    <message>
        <location filename="../ui/work/PatientLinker.cpp" line="+36"/>
        <source>%1 is visible in this store already.</source>
        <translation>%1 já está visível neste armazém.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making %1 visible here: asking the primary…</source>
        <translation>A tornar %1 visível aqui: a perguntar ao servidor principal…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The local database reported a problem (%1).</source>
        <translation>A base de dados local comunicou um problema (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now visible in this store; their records arrive with the next sync.</source>
        <translation>%1 está agora visível neste armazém; os seus registos chegam com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The primary would not make %1 visible in this store: %2</source>
        <translation>O servidor principal recusou tornar %1 visível neste armazém: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will be made visible here at the next sync (%2). You can dispense to them already.</source>
        <translation>%1 ficará visível aqui na próxima sincronização (%2). Já pode dispensar-lhe medicamentos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the primary did not say</source>
        <translation>o servidor principal não disse</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PrimaryQuestions</name>
    <message>
        <location filename="../ui/work/PrimaryQuestions.cpp" line="+19"/>
        <source>the primary cannot be reached now</source>
        <translation>o servidor principal não está acessível agora</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ReceivePage</name>
    <message>
        <location filename="../ui/work/ReceivePage.cpp" line="+50"/>
        <source>&amp;Receive into stock</source>
        <translation>&amp;Receber em stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier invoices waiting</source>
        <translation>Faturas de fornecedor em espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the supplier invoice</source>
        <translation>Linhas da fatura de fornecedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack size</source>
        <translation>Tamanho da embalagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packs sent</source>
        <translation>Embalagens enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs received</source>
        <translation>Embalagens recebidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation>Validade (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per pack</source>
        <translation>Custo por embalagem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every line to the stock (Ctrl+Enter)</source>
        <translation>Acrescentar todas as linhas ao stock (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Waiting to be received:</source>
        <translation>À &amp;espera de receção:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Invoice %1 from %2</source>
        <translation>Fatura %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · sent %2 · %3 · %n line(s)</source>
        <translation>
            <numerusform>%1 · enviada em %2 · %3 · %n linha</numerusform>
            <numerusform>%1 · enviada em %2 · %3 · %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is waiting. Supplier invoices sent to this store arrive with a sync.</source>
        <translation>Nada está à espera. As faturas de fornecedor enviadas para este armazém chegam com uma sincronização.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a supplier invoice on the left.</source>
        <translation>Escolha uma fatura de fornecedor à esquerda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 from %2 (their reference %3). Check each line against what arrived and type over Packs received, Batch or Expiry where they differ.</source>
        <translation>Fatura %1 de %2 (referência deles %3). Confira cada linha com o que chegou e corrija Embalagens recebidas, Lote ou Validade onde forem diferentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: write the packs received as a number, 0 if none came.</source>
        <translation>%1: escreva o número de embalagens recebidas, 0 se não chegou nenhuma.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: write the expiry as year-month-day, for example 2028-04-30.</source>
        <translation>%1: escreva a validade como ano-mês-dia, por exemplo 2028-04-30.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was received. %1</source>
        <translation>Nada foi recebido. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 received: %n line(s) added to the stock.</source>
        <translation>
            <numerusform>%1 recebida: %n linha acrescentada ao stock.</numerusform>
            <numerusform>%1 recebida: %n linhas acrescentadas ao stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::RecordPage</name>
    <message>
        <location filename="../ui/widgets/RecordPage.cpp" line="+73"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Procurar: %1 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Procurar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the rows that hold every word typed, in any order, as you type.</source>
        <translation>Mantém, à medida que escreve, as linhas que contêm todas as palavras escritas, em qualquer ordem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The details of the selected row are shown below the list.</source>
        <translation>Os detalhes da linha selecionada são mostrados por baixo da lista.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows found</source>
        <translation>Linhas encontradas</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list cannot be read now (%1); it is read again at the next change.</source>
        <translation>A lista não pode ser lida agora (%1); é lida de novo na próxima alteração.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::RemotePatientDialog</name>
    <message>
        <location filename="../ui/work/RemotePatientDialog.cpp" line="+28"/>
        <source>&amp;Search the primary</source>
        <translation>&amp;Procurar no servidor principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make visible here</source>
        <translation>&amp;Tornar visível aqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients registered at other clinics</source>
        <translation>Pacientes registados noutras clínicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient to search for on the primary</source>
        <translation>Paciente a procurar no servidor principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in any order, code, or date of birth (YYYY-MM-DD) and a name</source>
        <translation>Nome em qualquer ordem, código, ou data de nascimento (AAAA-MM-DD) e um nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients registered elsewhere</source>
        <translation>Pacientes registados noutro local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered at</source>
        <translation>Registado em</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registered elsewhere, not visible in this store:</source>
        <translation>Registados noutro local, não visíveis neste armazém:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These patients were registered at another clinic and are not visible in this store. Making one visible here brings their records with the next sync; you can dispense to them at once.</source>
        <translation>Estes pacientes foram registados noutra clínica e não estão visíveis neste armazém. Tornar um visível aqui traz os seus registos com a próxima sincronização; pode dispensar-lhe de imediato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type the patient&apos;s name, code or date of birth first.</source>
        <translation>Escreva primeiro o nome, o código ou a data de nascimento do paciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the primary for “%1”…</source>
        <translation>A perguntar ao servidor principal por «%1»…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The primary could not be searched (%1). Patients of other clinics can be found when the connection is back.</source>
        <translation>Não foi possível pesquisar no servidor principal (%1). Os pacientes de outras clínicas podem ser encontrados quando a ligação voltar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The local database reported a problem (%1); try again.</source>
        <translation>A base de dados local comunicou um problema (%1); tente de novo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>another clinic</source>
        <translation>outra clínica</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The primary knows no patient of another clinic for “%1”.</source>
        <translation>O servidor principal não conhece nenhum paciente de outra clínica para «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n patient(s) registered at other clinics: choose one and press Enter to make them visible here.</source>
        <translation>
            <numerusform>%n paciente registado noutras clínicas: escolha-o e prima Enter para o tornar visível aqui.</numerusform>
            <numerusform>%n pacientes registados noutras clínicas: escolha um e prima Enter para o tornar visível aqui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::SearchPicker</name>
    <message>
        <location filename="../ui/work/SearchPicker.cpp" line="+26"/>
        <source>Matches for %1</source>
        <translation>Resultados para %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”</source>
        <translation>Nada encontrado para «%1»</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/windows/SettingsDialog.cpp" line="+37"/>
        <location line="+76"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Primary server address</source>
        <translation>Endereço do servidor principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (only Sync now)</source>
        <translation>Nunca (só Sincronizar agora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic sync interval</source>
        <translation>Intervalo de sincronização automática</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smallest batch</source>
        <translation>Pacote mais pequeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest batch</source>
        <translation>Pacote maior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s proxy settings</source>
        <translation>As definições de proxy do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language note</source>
        <translation>Nota sobre o idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satellite speaks the new language from its next start.</source>
        <translation>O Satellite usa o novo idioma a partir do próximo arranque.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Primary server:</source>
        <translation>Servidor &amp;principal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync automatically &amp;every:</source>
        <translation>Sincronizar automaticamente a &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;mallest batch:</source>
        <translation>Pacote &amp;mais pequeno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;rgest batch:</source>
        <translation>Pacote mai&amp;or:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server address is not a web address, such as https://sync.example.org.</source>
        <translation>O endereço do servidor não é um endereço web, como https://sync.example.org.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Insecure connection</source>
        <translation>Ligação insegura</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Allow an insecure (http) connection to another computer</source>
        <translation>P&amp;ermitir uma ligação insegura (http) para outro computador</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>With plain http, the site password hash and all your data cross the network unprotected. Use it only if your administrator tells you to.</source>
        <translation>Com http simples, o hash da palavra-passe do site e todos os seus dados atravessam a rede sem proteção. Use-o só se o seu administrador lho pedir.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/windows/ShortcutsDialog.cpp" line="+14"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the list of the page</source>
        <translation>Procurar na lista da página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense or receive: save and finish</source>
        <translation>Dispensar ou receber: guardar e concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: keep as a draft</source>
        <translation>Dispensar: guardar como rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: print the labels</source>
        <translation>Dispensar: imprimir as etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: register a new patient</source>
        <translation>Dispensar: registar um novo paciente</translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockCountDialog</name>
    <message>
        <location filename="../ui/work/StockCountDialog.cpp" line="+41"/>
        <source>Count stock</source>
        <translation>Contar stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Write the units you count in each batch; leave a batch empty if you did not count it. Each difference needs a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Escreva as unidades que conta em cada lote; deixe um lote vazio se não o contou. Cada diferença precisa de um motivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. monthly count</source>
        <translation>Opcional, p. ex. contagem mensal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record count</source>
        <translation>&amp;Registar contagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;omentário:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This store holds no batch here to count.</source>
        <translation>Este armazém não tem aqui nenhum lote para contar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything kept at %1</source>
        <translation>Tudo o que está guardado em %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>Em stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted (units)</source>
        <translation>Contado (unidades)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no expiry</source>
        <translation>sem validade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Units of %1 counted in batch %2</source>
        <translation>Unidades de %1 contadas no lote %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted</source>
        <translation>não contado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for batch %1</source>
        <translation>Motivo para o lote %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 more</source>
        <translation>mais %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fewer</source>
        <translation>menos %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no difference</source>
        <translation>sem diferença</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a reason…</source>
        <translation>Escolha um motivo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Batch %1: write the units counted as a number.</source>
        <translation>Lote %1: escreva as unidades contadas como um número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the units counted in at least one batch.</source>
        <translation>Escreva as unidades contadas em pelo menos um lote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was recorded. %1</source>
        <translation>Nada foi registado. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The count matched the stock: nothing to adjust.</source>
        <translation>A contagem correspondia ao stock: nada a ajustar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Count recorded as inventory adjustment %1 (%n batch(es) changed).</source>
        <translation>
            <numerusform>Contagem registada como ajuste de inventário %1 (%n lote alterado).</numerusform>
            <numerusform>Contagem registada como ajuste de inventário %1 (%n lotes alterados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockPage</name>
    <message>
        <location filename="../ui/pages/StockPage.cpp" line="+23"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items shown</source>
        <translation>Artigos mostrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>Em stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>A expirar dentro de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Fora de validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Sem stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months ahead</source>
        <translation>Meses à frente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source> month(s)</source>
        <comment>after a number of months</comment>
        <translation>
            <numerusform> mês</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expiring in %1</source>
        <translation>A expirar em %1</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncChart</name>
    <message>
        <location filename="../ui/widgets/SyncChart.cpp" line="+27"/>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds taken</source>
        <translation>Segundos gastos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Records and duration per sync</source>
        <translation>Registos e duração por sincronização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received and sent, and the seconds each sync took, over time</source>
        <translation>Registos recebidos e enviados, e os segundos que cada sincronização levou, ao longo do tempo</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncPage</name>
    <message>
        <location filename="../ui/widgets/SyncPage.cpp" line="+54"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took (s)</source>
        <translation>Duração (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Idle</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export the log…</source>
        <translation>&amp;Exportar o registo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync log</source>
        <translation>Registo de sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter the log</source>
        <translation>Filtrar o registo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole log to a text file, for your support team</source>
        <translation>Guardar todo o registo num ficheiro de texto, para a sua equipa de suporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log message</source>
        <translation>Mensagem do registo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync history</source>
        <translation>Histórico das sincronizações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records and time per sync</source>
        <translation>Registos e duração por sincronização</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Raw JSON of the quarantined record</source>
        <translation>JSON em bruto do registo em quarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, could not be stored (quarantine)</source>
        <translation>Recebidos, não puderam ser guardados (quarentena)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined records</source>
        <translation>Registos em quarentena</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try quarantined records again</source>
        <translation>Tentar de novo os registos em quarentena</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent, refused by the primary</source>
        <translation>Enviadas, recusadas pelo servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the primary refused</source>
        <translation>Alterações recusadas pelo servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The primary said</source>
        <translation>O que o servidor principal disse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes made here that the primary would not take. The rest went out; these wait here until sent again (after the primary or this program is put right) or discarded.</source>
        <translation>Alterações feitas aqui que o servidor principal não aceitou. O resto seguiu; estas ficam aqui à espera de serem enviadas de novo (depois de corrigido o servidor principal ou este programa) ou descartadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the change again: it goes out with the next sync</source>
        <translation>Pôr a alteração de novo na fila: segue com a próxima sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the change up: the primary never gets it</source>
        <translation>Desistir da alteração: o servidor principal nunca a recebe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Erro:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The log kept from before cannot be read now (%1).</source>
        <translation>O registo guardado de antes não pode ser lido agora (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the sync log</source>
        <translation>Exportar o registo de sincronização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files (*.txt)</source>
        <translation>Ficheiros de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The log was not exported: %1 cannot be written (%2).</source>
        <translation>O registo não foi exportado: %1 não pode ser escrito (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) of the log exported to %1.</source>
        <translation>
            <numerusform>%n linha do registo exportada para %1.</numerusform>
            <numerusform>%n linhas do registo exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the deletion of %1</source>
        <translation>a eliminação de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The refused changes cannot be read now (%1).</source>
        <translation>As alterações recusadas não podem ser lidas agora (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the change to send again first.</source>
        <translation>Escolha primeiro a alteração a enviar de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change to %1 goes out again with the next sync.</source>
        <translation>A alteração a %1 segue de novo com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>That change is no longer held back.</source>
        <translation>Essa alteração já não está retida.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+41"/>
        <source>Nothing was changed: the local database reported a problem (%1).</source>
        <translation>Nada foi alterado: a base de dados local comunicou um problema (%1).</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose the change to discard first.</source>
        <translation>Escolha primeiro a alteração a descartar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard a refused change</source>
        <translation>Descartar uma alteração recusada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to %1 will never reach the primary; this computer keeps the record as it is here.</source>
        <translation>A alteração a %1 nunca chegará ao servidor principal; este computador mantém o registo tal como está aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the change</source>
        <translation>Descartar a alteração</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change to %1 was discarded: it will never reach the primary.</source>
        <translation>A alteração a %1 foi descartada: nunca chegará ao servidor principal.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncStatusBar</name>
    <message>
        <location filename="../ui/widgets/SyncStatusBar.cpp" line="+15"/>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+117"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last sync went, or that one is running</source>
        <translation>Como correu a última sincronização, ou que uma está em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync</source>
        <translation>Última sincronização bem-sucedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this computer last synced with the primary</source>
        <translation>Quando este computador sincronizou pela última vez com o servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to go out</source>
        <translation>Alterações à espera de envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made here that the next sync sends to the primary</source>
        <translation>Alterações feitas aqui que a próxima sincronização envia ao servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records in quarantine</source>
        <translation>Registos em quarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received that could not be stored; listed on the Sync page</source>
        <translation>Registos recebidos que não puderam ser guardados; listados na página Sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes refused</source>
        <translation>Alterações recusadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the primary would not take; listed on the Sync page</source>
        <translation>Alterações que o servidor principal não aceitou; listadas na página Sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients to make visible</source>
        <translation>Pacientes a tornar visíveis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients of other clinics to be made visible here at the next sync</source>
        <translation>Pacientes de outras clínicas a tornar visíveis aqui na próxima sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients refused</source>
        <translation>Pacientes recusados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients the primary would not make visible here, with its words</source>
        <translation>Pacientes que o servidor principal recusou tornar visíveis aqui, com a sua resposta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listed on the Sync page, to send again or discard</source>
        <translation>Listadas na página Sincronização, para enviar de novo ou descartar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync now (%1)</source>
        <translation>Sincronizar agora (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last synced: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n alteração à espera de envio</numerusform>
            <numerusform>%n alterações à espera de envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n registo em quarentena</numerusform>
            <numerusform>%n registos em quarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n alteração recusada pelo servidor principal</numerusform>
            <numerusform>%n alterações recusadas pelo servidor principal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n patient(s) to make visible here at the next sync</source>
        <translation>
            <numerusform>%n paciente a tornar visível aqui na próxima sincronização</numerusform>
            <numerusform>%n pacientes a tornar visíveis aqui na próxima sincronização</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not made visible here: %1</source>
        <translation>Não tornado visível aqui: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n patient(s) not made visible here</source>
        <translation>
            <numerusform>%n paciente não tornado visível aqui</numerusform>
            <numerusform>%n pacientes não tornados visíveis aqui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the sync (%1)</source>
        <translation>Cancelar a sincronização (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled</source>
        <translation>Sincronização cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last sync succeeded</source>
        <translation>A última sincronização foi bem-sucedida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync failed</source>
        <translation>A última sincronização falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync was cancelled</source>
        <translation>A última sincronização foi cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync did not finish</source>
        <translation>A última sincronização não terminou</translation>
    </message>
</context>
</TS>
