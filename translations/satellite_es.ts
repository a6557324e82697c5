<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="+259"/>
        <source>The server sent the request on to another address (%1); only redirects within the same server are followed. Check the server address.</source>
        <translation>El servidor reenvió la solicitud a otra dirección (%1); solo se siguen las redirecciones dentro del mismo servidor. Revise la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>BatchAllocator</name>
    <message>
        <location filename="../core/domain/BatchAllocator.cpp" line="+31"/>
        <source>batch %1 expired on %2</source>
        <translation>el lote %1 venció el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch %1 is on hold</source>
        <translation>el lote %1 está bloqueado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The quantity of %1 must be more than 0.</source>
        <translation>La cantidad de %1 debe ser mayor que 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no batch %2 in this store.</source>
        <translation>%1 no tiene el lote %2 en este almacén.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2; give a reason to issue from it anyway.</source>
        <translation>%1: %2; indique un motivo para dispensarlo de todos modos.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not enough %1: %2 units asked, %3 available.</source>
        <translation>No hay suficiente %1: %2 unidades solicitadas, %3 disponibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough %1 in batch %2: %3 units asked, %4 available.</source>
        <translation>No hay suficiente %1 en el lote %2: %3 unidades solicitadas, %4 disponibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more units are expired or on hold.</source>
        <translation>Otras %1 unidades están vencidas o bloqueadas.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/satellite-cli/CliApp.cpp" line="+123"/>
        <source>local database error: %1</source>
        <translation>error de la base de datos local: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Site found: site ID %1, store %2, user %3</source>
        <translation>Sitio encontrado: ID del sitio %1, almacén %2, usuario %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync %1: %2 sent, %3 received, %4 in quarantine.</source>
        <translation>Sincronización %1: %2 enviados, %3 recibidos, %4 en cuarentena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary; see satellite-cli quarantine.</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor principal; vea satellite-cli quarantine.</numerusform>
            <numerusform>%n cambios rechazados por el servidor principal; vea satellite-cli quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not logged in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1 on %2 (site ID %3)</source>
        <translation>Sitio %1 en %2 (ID del sitio %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to go out: %1</source>
        <translation>Cambios pendientes de envío: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records held: %1</source>
        <translation>Registros guardados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in quarantine: %1</source>
        <translation>Registros en cuarentena: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes refused by the primary: %1</source>
        <translation>Cambios rechazados por el servidor principal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients waiting to be made visible here: %1</source>
        <translation>Pacientes pendientes de hacerse visibles aquí: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no %1 record with ID %2</source>
        <translation>ningún registro %1 con el ID %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) saved; they go out with the next sync.</source>
        <translation>
            <numerusform>%n cambio guardado; se envía con la próxima sincronización.</numerusform>
            <numerusform>%n cambios guardados; se envían con la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n record(s) applied; %1 still in quarantine.</source>
        <translation>
            <numerusform>%n registro aplicado; %1 todavía en cuarentena.</numerusform>
            <numerusform>%n registros aplicados; %1 todavía en cuarentena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n registro en cuarentena</numerusform>
            <numerusform>%n registros en cuarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>%n refused change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n cambio rechazado se enviará de nuevo con la próxima sincronización.</numerusform>
            <numerusform>%n cambios rechazados se enviarán de nuevo con la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>refused change %1: %2 %3: %4</source>
        <translation>cambio rechazado %1: %2 %3: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary (--retry sends them again, --discard N gives one up)</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor principal (--retry lo envía de nuevo, --discard N renuncia a uno)</numerusform>
            <numerusform>%n cambios rechazados por el servidor principal (--retry los envía de nuevo, --discard N renuncia a uno)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no refused change %1 (see satellite-cli quarantine)</source>
        <translation>no hay ningún cambio rechazado %1 (vea satellite-cli quarantine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change to %1 %2 will never reach the primary; this computer keeps the record as it is here.</source>
        <translation>El cambio en %1 %2 nunca llegará al servidor principal; esta computadora conserva el registro tal como está aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add --yes to discard it.</source>
        <translation>Agregue --yes para descartarlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>sent %1, received %2, quarantined %3</source>
        <translation>%1 enviados, %2 recibidos, %3 en cuarentena</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/satellite-cli/CliHelp.cpp" line="+55"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Mostrar el resultado en JSON en la salida estándar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name.</source>
        <translation>Nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name.</source>
        <translation>Apellido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth.</source>
        <translation>Fecha de nacimiento.</translation>
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
        <translation>Código del paciente (por defecto: el próximo libre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address.</source>
        <translation>Dirección.</translation>
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
        <translation>Número nacional de salud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>find: also search the primary (patients of other clinics).</source>
        <translation>find: buscar también en el servidor principal (pacientes de otras clínicas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: the dispensing history, this store&apos;s and the primary&apos;s.</source>
        <translation>show: el historial de dispensaciones, las de este almacén y las del servidor principal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log this database in to a site of the primary server, then run the first sync. The password is asked for on the terminal, and only its hash is kept.</source>
        <translation>Conectar esta base de datos a un sitio del servidor principal y hacer la primera sincronización. La contraseña se pide en la terminal, y solo se guarda su hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The primary server&apos;s address.</source>
        <translation>La dirección del servidor principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site&apos;s name on the primary.</source>
        <translation>El nombre del sitio en el servidor principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plain http:// to another computer (the password hash and patient data cross the network unencrypted).</source>
        <translation>Permitir http:// simple hacia otra computadora (el hash de la contraseña y los datos de los pacientes cruzan la red sin cifrar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (shown in the error when the system does not trust it).</source>
        <translation>Confiar exactamente en el certificado del servidor con esta huella digital SHA-256 (se muestra en el error cuando el sistema no confía en él).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the changes made here and receive what the primary has queued for this site. Ctrl-C stops after the current batch.</source>
        <translation>Enviar los cambios hechos aquí y recibir lo que el servidor principal tiene en cola para este sitio. Ctrl-C se detiene después del paquete en curso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site, the last sync, the changes waiting to go out and the records in quarantine.</source>
        <translation>El sitio, la última sincronización, los cambios pendientes de envío y los registros en cuarentena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the stored records of one type, or print one record&apos;s data.</source>
        <translation>Listar los registros guardados de un tipo, o mostrar los datos de un registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The record type (item, name, transact, ...).</source>
        <translation>El tipo de registro (item, name, transact, ...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One record&apos;s ID: print its data.</source>
        <translation>El ID de un registro: mostrar sus datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a JSON array of v2 records from FILE as local changes; they go out with the next sync.</source>
        <translation>Aplicar como cambios locales un arreglo JSON de registros v2 leído de FILE; se envían con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records received that could not be stored, and the changes the primary refused.</source>
        <translation>Los registros recibidos que no se pudieron guardar, y los cambios rechazados por el servidor principal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the quarantined records again, and queue the refused changes to be sent again.</source>
        <translation>Aplicar de nuevo los registros en cuarentena, y volver a poner en cola los cambios rechazados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up refused change N: it never reaches the primary.</source>
        <translation>Renunciar al cambio rechazado N: nunca llega al servidor principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm --discard (it says what is lost).</source>
        <translation>Confirmar --discard (indica lo que se pierde).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recent syncs: when, how they ended, records sent and received.</source>
        <translation>Las sincronizaciones recientes: cuándo, cómo terminaron, registros enviados y recibidos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register a patient (prints the new ID), change a patient registered here, find patients by name, code or date of birth, show one, or make a patient of another clinic visible in this store.</source>
        <translation>Registrar un paciente (muestra el nuevo ID), modificar un paciente registrado aquí, buscar pacientes por nombre, código o fecha de nacimiento, mostrar uno, o hacer visible en este almacén a un paciente de otra clínica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dispense to a patient, first expiry first out; prints the prescription&apos;s ID. Nothing is written when a line cannot be dispensed.</source>
        <translation>Dispensar a un paciente, el primero en vencer sale primero; muestra el ID de la receta. No se escribe nada cuando una línea no se puede dispensar.</translation>
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
        <translation>El paciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:UNITS</source>
        <translation>CÓDIGO:UNIDADES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item and the units to dispense (repeatable).</source>
        <translation>Un artículo y las unidades a dispensar (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prescriber.</source>
        <translation>El prescriptor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:BATCH</source>
        <translation>CÓDIGO:LOTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take an item from this batch (repeatable).</source>
        <translation>Tomar un artículo de este lote (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:TEXT</source>
        <translation>CÓDIGO:TEXTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions for an item&apos;s label (repeatable).</source>
        <translation>Las indicaciones para la etiqueta de un artículo (repetible).</translation>
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
        <translation>Por qué se usa un lote vencido o bloqueado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it as a draft, its stock set aside.</source>
        <translation>Guardarla como borrador, con las existencias reservadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without an ID, list the supplier invoices waiting to be received; with one, add its lines to the stock.</source>
        <translation>Sin ID, listar las facturas de proveedor pendientes de recepción; con un ID, agregar sus líneas a las existencias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LINE_ID:PACKS</source>
        <translation>ID_LÍNEA:ENVASES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packs received on a line, where they differ from those sent (repeatable).</source>
        <translation>Los envases recibidos en una línea, donde difieran de los enviados (repetible).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a stock count of one batch; a difference becomes an inventory adjustment.</source>
        <translation>Registrar el conteo de un lote; una diferencia se convierte en un ajuste de inventario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The item.</source>
        <translation>El artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The batch counted.</source>
        <translation>El lote contado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNITS</source>
        <translation>UNIDADES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The units counted.</source>
        <translation>Las unidades contadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for a difference.</source>
        <translation>El motivo de una diferencia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (default: $SATELLITE_DB, else the desktop app&apos;s).</source>
        <translation>La base de datos (por defecto: $SATELLITE_DB, si no, la de la aplicación de escritorio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help, or a command&apos;s.</source>
        <translation>Mostrar esta ayuda, o la de un comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Options for every command:</source>
        <translation>Opciones de todos los comandos:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1 help COMMAND` or `%1 COMMAND --help` shows a command&apos;s options. The manual page (man %1) lists the exit codes and the environment variables.</source>
        <translation>`%1 help COMANDO` o `%1 COMANDO --help` muestra las opciones de un comando. La página de manual (man %1) indica los códigos de salida y las variables de entorno.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/satellite-cli/CliOptions.cpp" line="+58"/>
        <source>unknown option: %1</source>
        <translation>opción desconocida: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>unknown argument: %1</source>
        <translation>argumento desconocido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no command %1</source>
        <translation>no hay ningún comando %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login needs --url and --site</source>
        <translation>login necesita --url y --site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records needs --type</source>
        <translation>records necesita --type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs a FILE</source>
        <translation>import necesita un ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patient needs add, edit, find, show or link</source>
        <translation>patient necesita add, edit, find, show o link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patient %1 needs an ID or a search text</source>
        <translation>patient %1 necesita un ID o un texto de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispense needs --patient and at least one --item CODE:UNITS</source>
        <translation>dispense necesita --patient y al menos un --item CÓDIGO:UNIDADES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count needs --item, --batch and --counted</source>
        <translation>count necesita --item, --batch y --counted</translation>
    </message>
</context>
<context>
    <name>Dispensing</name>
    <message>
        <location filename="../core/domain/Dispensing.cpp" line="+25"/>
        <source>Log in to a site before dispensing.</source>
        <translation>Inicie sesión en un sitio antes de dispensar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>No hay ningún paciente con el ID %1 aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no prescriber with ID %1 here.</source>
        <translation>No hay ningún prescriptor con el ID %1 aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispensing needs at least one item.</source>
        <translation>Una dispensación necesita al menos un artículo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no item with code %1.</source>
        <translation>No hay ningún artículo con el código %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no dispensing with ID %1.</source>
        <translation>No hay ninguna dispensación con el ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 is not a dispensing of this store.</source>
        <translation>La factura %1 no es una dispensación de este almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispensing %1 is finalised and can no longer be changed.</source>
        <translation>La dispensación %1 está finalizada y ya no se puede modificar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batch %1 is no longer held here.</source>
        <translation>El lote %1 ya no está en existencia aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 has not enough stock left (%2 units on hand).</source>
        <translation>El lote %1 ya no tiene existencias suficientes (%2 unidades en existencia).</translation>
    </message>
</context>
<context>
    <name>DispensingLabels</name>
    <message>
        <location filename="../ui/work/DispensingLabels.cpp" line="+34"/>
        <source>Dispensing label</source>
        <translation>Etiqueta de dispensación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prescription %1</source>
        <translation>Receta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescriber: %1</source>
        <translation>Prescriptor: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dispensing labels</source>
        <translation>Etiquetas de dispensación</translation>
    </message>
</context>
<context>
    <name>GoodsReceipt</name>
    <message>
        <location filename="../core/domain/GoodsReceipt.cpp" line="+42"/>
        <source>There is no invoice with ID %1.</source>
        <translation>No hay ninguna factura con el ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is not a supplier invoice of this store.</source>
        <translation>La factura %1 no es una factura de proveedor de este almacén.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier invoice %1 has been received already.</source>
        <translation>La factura de proveedor %1 ya fue recibida.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A quantity received cannot be negative.</source>
        <translation>Una cantidad recibida no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1 is not a line of this invoice.</source>
        <translation>La línea %1 no es una línea de esta factura.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <location filename="../ui/work/LabelOutput.cpp" line="+17"/>
        <source>Dispensing labels</source>
        <translation>Etiquetas de dispensación</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n label(s) sent to the printer.</source>
        <translation>
            <numerusform>%n etiqueta enviada a la impresora.</numerusform>
            <numerusform>%n etiquetas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save labels as PDF</source>
        <translation>Guardar las etiquetas en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labels saved as %1.</source>
        <translation>Etiquetas guardadas en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels could not be saved as %1.</source>
        <translation>No se pudieron guardar las etiquetas en %1.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../app/satellite-cli/PasswordPrompt.cpp" line="+16"/>
        <source>no password on standard input</source>
        <translation>no hay contraseña en la entrada estándar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>no hay terminal para pedir la contraseña: use --password-stdin</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <location filename="../core/domain/PatientHistory.cpp" line="+18"/>
        <source>This store</source>
        <translation>Este almacén</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <location filename="../core/domain/PatientRegistry.cpp" line="+43"/>
        <source>A patient needs a code.</source>
        <translation>Un paciente necesita un código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient code %1 is already used by another patient.</source>
        <translation>El código de paciente %1 ya lo usa otro paciente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A patient needs a first or a last name.</source>
        <translation>Un paciente necesita un nombre o un apellido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log in to a site before registering patients.</source>
        <translation>Inicie sesión en un sitio antes de registrar pacientes.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>No hay ningún paciente con el ID %1 aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was registered at another clinic; change the details there.</source>
        <translation>%1 fue registrado(a) en otra clínica; modifique sus datos allí.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Log in to a site before linking patients.</source>
        <translation>Inicie sesión en un sitio antes de vincular pacientes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no patient with ID %1 here; search the primary for patients registered at other clinics first.</source>
        <translation>No hay ningún paciente con el ID %1 aquí; busque primero en el servidor principal los pacientes registrados en otras clínicas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The primary&apos;s record of this patient cannot be read: %1</source>
        <translation>El registro de este paciente en el servidor principal no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message numerus="yes">
        <location filename="../ui/work/PatientText.cpp" line="+17"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>born %1 (%2)</source>
        <translation>nacido(a) el %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PrimaryOptions</name>
    <message>
        <location filename="../primary/PrimaryOptions.cpp" line="+11"/>
        <source>A stand-in mSupply primary server for demos, training and tests.</source>
        <translation>Un servidor principal mSupply sustituto, para demostraciones, capacitación y pruebas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address to listen on.</source>
        <translation>Dirección en la que escuchar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port; 0 picks a free one.</source>
        <translation>Puerto; 0 elige uno libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory of the primary&apos;s database (default: a temporary one).</source>
        <translation>Directorio de la base de datos del servidor principal (por defecto: uno temporal).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data: none, small, medium or large.</source>
        <translation>Datos de demostración: none, small, medium o large.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a site with its own store (repeatable).</source>
        <translation>Agregar un sitio con su propio almacén (repetible).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed of the demo data.</source>
        <translation>Semilla de los datos de demostración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X-Admin-Token /admin calls need (default: a random one, printed and kept in the data directory).</source>
        <translation>El X-Admin-Token que exigen las llamadas /admin (por defecto: uno aleatorio, mostrado y guardado en el directorio de datos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM certificate: serve https.</source>
        <translation>Certificado PEM: servir en https.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM private key of --tls-cert.</source>
        <translation>Clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body accepted.</source>
        <translation>Cuerpo de solicitud más grande aceptado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open connections at most; the longest idle is closed to make room.</source>
        <translation>Número máximo de conexiones abiertas; la inactiva desde hace más tiempo se cierra para hacer lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a request to arrive whole (a big body gets a second more per 16 kB).</source>
        <translation>Tiempo para que una solicitud llegue completa (un cuerpo grande recibe un segundo más por cada 16 kB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time a connection may stay idle, or leave a reply unread.</source>
        <translation>Tiempo que una conexión puede permanecer inactiva, o dejar una respuesta sin leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a user who may log in to the site&apos;s store (GET /sync/v3/user; repeatable).</source>
        <translation>Agregar un usuario que puede iniciar sesión en el almacén del sitio (GET /sync/v3/user; repetible).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept v1&apos;s shared sync user, its password in clear, for every site (the site is from_site).</source>
        <translation>Aceptar el usuario de sincronización compartido de v1, con su contraseña en texto plano, para todos los sitios (el sitio viene de from_site).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--host: not an IP address: %1</source>
        <translation>--host: no es una dirección IP: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port: not a port number: %1</source>
        <translation>--port: no es un número de puerto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo: expected none, small, medium or large</source>
        <translation>--demo: se esperaba none, small, medium o large</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed: not a number: %1</source>
        <translation>--seed: no es un número: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--site: expected NAME:PASSWORD, got %1</source>
        <translation>--site: se esperaba NOMBRE:CONTRASEÑA, se recibió %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument %1 (see primary-sim help)</source>
        <translation>argumento inesperado %1 (vea primary-sim help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user: expected NAME:PASSWORD:SITE, got %1</source>
        <translation>--user: se esperaba NOMBRE:CONTRASEÑA:SITIO, se recibió %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--v1-sync-user: expected NAME:PASSWORD, got %1</source>
        <translation>--v1-sync-user: se esperaba NOMBRE:CONTRASEÑA, se recibió %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-body-bytes: at least 1024</source>
        <translation>--max-body-bytes: al menos 1024</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: at least %2</source>
        <translation>--%1: al menos %2</translation>
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
        <translation>La base de datos local no se puede abrir: %1</translation>
    </message>
</context>
<context>
    <name>RecordDescription</name>
    <message>
        <location filename="../core/domain/RecordDescription.cpp" line="+25"/>
        <source>prescription %1</source>
        <translation>receta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prescription %1 for %2</source>
        <translation>receta %1 para %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier invoice %1</source>
        <translation>factura de proveedor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier invoice %1 from %2</source>
        <translation>factura de proveedor %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inventory adjustment %1</source>
        <translation>ajuste de inventario %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer invoice %1</source>
        <translation>factura de cliente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer invoice %1 to %2</source>
        <translation>factura de cliente %1 para %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice %1</source>
        <translation>factura %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the line of %1</source>
        <translation>la línea de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line of %1 on %2</source>
        <translation>la línea de %1 en %2</translation>
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
        <translation>%1 (cliente o proveedor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made visible in this store</source>
        <translation>%1 hecho visible en este almacén</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1</source>
        <translation>artículo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>batch %1 of %2</source>
        <translation>lote %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 record (ID %2)</source>
        <translation>un registro %1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>RecordViews</name>
    <message>
        <location filename="../ui/models/RecordViews.cpp" line="+107"/>
        <source>Expired on %1</source>
        <translation>Vencido el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · expires in %n day(s)</source>
        <translation>
            <numerusform>%1 · vence en %n día</numerusform>
            <numerusform>%1 · vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stock item</source>
        <translation>Artículo de inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not kept in stock</source>
        <translation>No se mantiene en existencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other name of an item</source>
        <translation>Otro nombre de un artículo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier and customer</source>
        <translation>Proveedor y cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Establecimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory adjustments</source>
        <translation>Ajustes de inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builds</source>
        <translation>Fabricaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repacks</source>
        <translation>Reenvasados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prescription</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer invoice</source>
        <translation>Factura de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer credit</source>
        <translation>Nota de crédito de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier invoice</source>
        <translation>Factura de proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier credit</source>
        <translation>Nota de crédito de proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory adjustment</source>
        <translation>Ajuste de inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repack</source>
        <translation>Reenvasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Nuevo</translation>
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
        <translation>Artículo</translation>
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
        <translation>En existencia (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every unit in the store, expired and on hold included.</source>
        <translation>Todas las unidades del almacén, incluidas las vencidas y las bloqueadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (units)</source>
        <translation>Disponible (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that may be given out today: not expired, not on hold, not set aside by a draft.</source>
        <translation>Las unidades que se pueden dispensar hoy: ni vencidas, ni bloqueadas, ni reservadas por un borrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest expiry</source>
        <translation>Vencimiento más próximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The soonest expiry of the batches in stock.</source>
        <translation>El vencimiento más próximo de los lotes en existencia.</translation>
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
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+76"/>
        <source>Packs</source>
        <translation>Envases</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Pack size</source>
        <translation>Tamaño del envase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ubicación</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National health number</source>
        <translation>Número nacional de salud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Price per pack</source>
        <translation>Precio por envase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default pack size</source>
        <translation>Envase predeterminado</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+78"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <location filename="../core/domain/StockCount.cpp" line="+51"/>
        <source>A count above the stock needs one of these reasons: %1.</source>
        <translation>Un conteo superior a las existencias necesita uno de estos motivos: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count below the stock needs one of these reasons: %1.</source>
        <translation>Un conteo inferior a las existencias necesita uno de estos motivos: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The primary has sent no inventory adjustment name (type invad) yet: sync first.</source>
        <translation>El servidor principal aún no envió ningún nombre de ajuste de inventario (tipo invad): sincronice primero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no item with code %1.</source>
        <translation>No hay ningún artículo con el código %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no batch %2 in this store.</source>
        <translation>%1 no tiene el lote %2 en este almacén.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to a site before counting stock.</source>
        <translation>Inicie sesión en un sitio antes de contar las existencias.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batch %1 is not stock of this store.</source>
        <translation>El lote %1 no es existencia de este almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Una cantidad contada no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stock count</source>
        <translation>Conteo de existencias</translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <location filename="../ui/windows/SupportInfo.cpp" line="+42"/>
        <source>none granted yet (all rights reserved by the Satellite maintainers)</source>
        <translation>ninguna otorgada aún (todos los derechos reservados por los responsables de Satellite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not known yet)</source>
        <translation>(aún no se conoce)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satellite support information</source>
        <translation>Información de soporte de Satellite</translation>
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
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n registro en cuarentena</numerusform>
            <numerusform>%n registros en cuarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor principal</numerusform>
            <numerusform>%n cambios rechazados por el servidor principal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/SyncError.cpp" line="+9"/>
        <source>No error.</source>
        <translation>Ningún error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the primary server. Check the internet connection and try again.</source>
        <translation>No se puede conectar con el servidor principal. Revise la conexión a Internet e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary server stopped answering. The sync will go on from where it stopped next time.</source>
        <translation>El servidor principal dejó de responder. La sincronización continuará desde donde se detuvo la próxima vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to the primary server failed (certificate problem).</source>
        <translation>La conexión segura con el servidor principal falló (problema de certificado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name or password was rejected by the primary server.</source>
        <translation>El servidor principal rechazó el nombre del sitio o la contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site is registered to another machine. Ask your administrator to reset the site&apos;s registration.</source>
        <translation>Este sitio está registrado en otra máquina. Pida a su administrador que restablezca el registro del sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary server reported an error.</source>
        <translation>El servidor principal informó un error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local database failed; nothing was lost, but the sync stopped.</source>
        <translation>La base de datos local falló; no se perdió nada, pero la sincronización se detuvo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync was cancelled.</source>
        <translation>La sincronización se canceló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be done now.</source>
        <translation>Esto no se puede hacer ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate has the SHA-256 fingerprint %1; trust it only if your administrator confirms it.</source>
        <translation>El certificado del servidor tiene la huella digital SHA-256 %1; confíe en él solo si su administrador la confirma.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../core/sync/SyncTypes.cpp" line="+14"/>
        <source>Cannot reach the server</source>
        <translation>No se puede conectar con el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server stopped answering</source>
        <translation>El servidor dejó de responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer came cut off or unreadable</source>
        <translation>La respuesta llegó cortada o ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem</source>
        <translation>El servidor tuvo un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call failed</source>
        <translation>La llamada falló</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the first sync</source>
        <translation>Preparando la primera sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving records</source>
        <translation>Recibiendo registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storing the last records received</source>
        <translation>Guardando los últimos registros recibidos</translation>
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
            <numerusform>unos %n s</numerusform>
            <numerusform>unos %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n min</source>
        <translation>
            <numerusform>unos %n min</numerusform>
            <numerusform>unos %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n h</source>
        <translation>
            <numerusform>unas %n h</numerusform>
            <numerusform>unas %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, trying again in %n s</source>
        <translation>
            <numerusform>%1, nuevo intento en %n s</numerusform>
            <numerusform>%1, nuevo intento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 records</source>
        <translation>%1: %2 de %3 registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>faltan %1</translation>
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
        <translation>Correcta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut off (the program stopped)</source>
        <translation>Interrumpida (el programa se detuvo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done: %1, %2.</source>
        <translation>Sincronización terminada: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n registro enviado</numerusform>
            <numerusform>%n registros enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n recibido</numerusform>
            <numerusform>%n recibidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAction</name>
    <message>
        <location filename="../ui/work/WorkAction.cpp" line="+16"/>
        <source>Nothing was saved: the local database reported a problem (%1). Try again; if it happens again, call your support contact.</source>
        <translation>No se guardó nada: la base de datos local informó un problema (%1). Intente de nuevo; si vuelve a ocurrir, llame a su contacto de soporte.</translation>
    </message>
</context>
<context>
    <name>WorkCommands</name>
    <message>
        <location filename="../app/satellite-cli/WorkCommands.cpp" line="+89"/>
        <source>Not logged in: log in to a site first.</source>
        <translation>Sin sesión iniciada: inicie sesión primero en un sitio.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--dob must be a date YYYY-MM-DD</source>
        <translation>--dob debe ser una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--gender is female or male</source>
        <translation>--gender es female o male</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Patient registered with code %1; it goes out with the next sync.</source>
        <translation>Paciente registrado con el código %1; se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Patient details saved; they go out with the next sync.</source>
        <translation>Datos del paciente guardados; se envían con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(on the primary: link to see it here)</source>
        <translation>(en el servidor principal: vincúlelo para verlo aquí)</translation>
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
        <translation>No se pudo buscar en el servidor principal: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (code %2), born %3</source>
        <translation>%1 (código %2), fecha de nacimiento: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>No hay ningún paciente con el ID %1 aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The primary cannot be reached (%1): its history as of %2 is shown.</source>
        <translation>No se puede conectar con el servidor principal (%1): se muestra su historial al %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary cannot be reached (%1): only this store&apos;s dispensings are shown.</source>
        <translation>No se puede conectar con el servidor principal (%1): solo se muestran las dispensaciones de este almacén.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The primary cannot be reached (%1): the patient will be made visible here at the next sync.</source>
        <translation>No se puede conectar con el servidor principal (%1): el paciente se hará visible aquí en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary refused to make the patient visible here; see satellite-cli quarantine and the sync log.</source>
        <translation>El servidor principal se negó a hacer visible al paciente aquí; vea satellite-cli quarantine y el registro de sincronización.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The patient is visible in this store already.</source>
        <translation>El paciente ya está visible en este almacén.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient is now visible in this store; their records arrive with the next sync.</source>
        <translation>El paciente ahora está visible en este almacén; sus registros llegan con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--item takes CODE:UNITS, not %1</source>
        <translation>--item recibe CÓDIGO:UNIDADES, no %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Draft prescription %1 kept (total %2).</source>
        <translation>Borrador de receta %1 guardado (total %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription %1 saved (total %2); it goes out with the next sync.</source>
        <translation>Receta %1 guardada (total %2); se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient is now visible in this store on the primary.</source>
        <translation>El paciente ahora está visible en este almacén en el servidor principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n supplier invoice(s) waiting to be received</source>
        <translation>
            <numerusform>%n factura de proveedor pendiente de recepción</numerusform>
            <numerusform>%n facturas de proveedor pendientes de recepción</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--line takes LINE_ID:PACKS, not %1</source>
        <translation>--line recibe ID_LÍNEA:ENVASES, no %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) received into stock; the invoice is finalised.</source>
        <translation>
            <numerusform>%n línea recibida en existencia; la factura está finalizada.</numerusform>
            <numerusform>%n líneas recibidas en existencia; la factura está finalizada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--counted takes a number of units, not %1</source>
        <translation>--counted recibe un número de unidades, no %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The count matches the stock: nothing to adjust.</source>
        <translation>El conteo coincide con las existencias: nada que ajustar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>local database error: %1</source>
        <translation>error de la base de datos local: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/primary-sim/main.cpp" line="+68"/>
        <source>data: %1</source>
        <translation>datos: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>admin token: %1  (X-Admin-Token; also in %2)</source>
        <translation>token de administración: %1  (X-Admin-Token; también en %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo data: %1 records generated</source>
        <translation>datos de demostración: %1 registros generados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo site: %1  password: %2  (%3)</source>
        <translation>sitio de demostración: %1  contraseña: %2  (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo user: %1  password: %2  (%3%4; GET /sync/v3/user)</source>
        <translation>usuario de demostración: %1  contraseña: %2  (%3%4; GET /sync/v3/user)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every store</source>
        <translation>todos los almacenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, administrator</source>
        <translation>, administrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user: %1  (site %2)</source>
        <translation>usuario: %1  (sitio %2)</translation>
    </message>
</context>
<context>
    <name>primary::PrimaryServer</name>
    <message>
        <location filename="../primary/PrimaryServer.cpp" line="+67"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot read the TLS certificate or key</source>
        <translation>no se puede leer el certificado o la clave TLS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TLS certificate or key is not valid PEM</source>
        <translation>el certificado o la clave TLS no es PEM válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no such call: %1</source>
        <translation>llamada desconocida: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>injected fault: internal server error</source>
        <translation>falla inyectada: error interno del servidor</translation>
    </message>
</context>
<context>
    <name>satellite::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+92"/>
        <source>This database belongs to site %1; log out first.</source>
        <translation>Esta base de datos pertenece al sitio %1; cierre la sesión primero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>Not logged in: log in to a site first.</source>
        <translation>Sin sesión iniciada: inicie sesión primero en un sitio.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Logged out of site %1; its data was removed from this computer.</source>
        <translation>Sesión cerrada en el sitio %1; sus datos se eliminaron de esta computadora.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>patient search</source>
        <translation>búsqueda de pacientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the patient search did not answer a list</source>
        <translation>la búsqueda de pacientes no respondió con una lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>patient history</source>
        <translation>historial del paciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient history is not a list</source>
        <translation>el historial del paciente no es una lista</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>making a patient visible here</source>
        <translation>hacer visible a un paciente aquí</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The primary would not make patient %1 visible in this store: %2</source>
        <translation>El servidor principal se negó a hacer visible al paciente %1 en este almacén: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient %1 is now visible in this store on the primary.</source>
        <translation>El paciente %1 ahora está visible en este almacén en el servidor principal.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot make the lock file that keeps syncs of this database apart, next to %1</source>
        <translation>no se puede crear el archivo de bloqueo que separa las sincronizaciones de esta base de datos, junto a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another sync of this database is still running; try again when it has finished.</source>
        <translation>Otra sincronización de esta base de datos sigue en curso; intente de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another sync of this database is running (process %1); waiting for it to finish.</source>
        <translation>Otra sincronización de esta base de datos está en curso (proceso %1); esperando a que termine.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server address must start with https:// (or http://).</source>
        <translation>La dirección del servidor debe comenzar con https:// (o http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http is only allowed to this computer; allow an insecure connection explicitly to use it.</source>
        <translation>El http simple solo se permite hacia esta computadora; permita explícitamente una conexión insegura para usarlo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No stored password for site %1: log in again.</source>
        <translation>No hay contraseña guardada para el sitio %1: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site lookup</source>
        <translation>consulta del sitio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the site lookup did not give a SiteID and StoreID</source>
        <translation>la consulta del sitio no devolvió un SiteID y un StoreID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user lookup</source>
        <translation>consulta del usuario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot store the password hash: %1</source>
        <translation>no se puede guardar el hash de la contraseña: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password hash is kept in the system keychain.</source>
        <translation>El hash de la contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain: the password hash is kept in a file only you can read.</source>
        <translation>Sin llavero del sistema: el hash de la contraseña se guarda en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logged in as site %1 (site ID %2).</source>
        <translation>Sesión iniciada como sitio %1 (ID del sitio %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n batch(es) of records were still on their way to the disk when the last sync stopped; the server sends them again.</source>
        <translation>
            <numerusform>%n lote de registros aún iba camino del disco cuando se detuvo la última sincronización; el servidor lo envía de nuevo.</numerusform>
            <numerusform>%n lotes de registros aún iban camino del disco cuando se detuvo la última sincronización; el servidor los envía de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirming %1 records stored before the last sync stopped.</source>
        <translation>Confirmando %1 registros guardados antes de que se detuviera la última sincronización.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n record(s) changed here kept their local state; the next push sends it.</source>
        <translation>
            <numerusform>%n registro modificado aquí conservó su estado local; el próximo envío lo transmite.</numerusform>
            <numerusform>%n registros modificados aquí conservaron su estado local; el próximo envío lo transmite.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the primary to prepare every record of this store.</source>
        <translation>Pidiendo al servidor principal que prepare todos los registros de este almacén.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>initial dump</source>
        <translation>volcado inicial</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>sending changes</source>
        <translation>envío de cambios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The primary refused a change to %1 %2: %3. It is kept aside; the rest goes out.</source>
        <translation>El servidor principal rechazó un cambio en %1 %2: %3. Queda apartado; el resto se envía.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>counting records</source>
        <translation>conteo de registros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the record count has no NumRecords</source>
        <translation>el conteo de registros no tiene NumRecords</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record count is not a number of records: %1</source>
        <translation>el conteo de registros no es un número de registros: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>receiving records</source>
        <translation>recepción de registros</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server counts records but sends none</source>
        <translation>el servidor cuenta registros pero no envía ninguno</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server sent records again that were acknowledged already, or records without a SyncID that could be acknowledged: it does not take acknowledgements</source>
        <translation>el servidor volvió a enviar registros ya confirmados, o registros sin SyncID que podrían confirmarse: no acepta confirmaciones</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the record cannot be read: %1</source>
        <translation>el registro no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) the server sent cannot be read; kept in quarantine, the rest is stored.</source>
        <translation>
            <numerusform>%n registro enviado por el servidor no se puede leer; queda en cuarentena, el resto se guarda.</numerusform>
            <numerusform>%n registros enviados por el servidor no se pueden leer; quedan en cuarentena, el resto se guarda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>confirming receipt</source>
        <translation>confirmación de recepción</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 failed (%2); trying again in %3 ms.</source>
        <translation>%1 falló (%2); nuevo intento en %3 ms.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::AboutDialog</name>
    <message>
        <location filename="../ui/windows/AboutDialog.cpp" line="+15"/>
        <source>&amp;Copy support information</source>
        <translation>&amp;Copiar información de soporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Satellite</source>
        <translation>Acerca de Satellite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Satellite&lt;/b&gt; keeps this clinic&apos;s mSupply data here and syncs it with the primary server whenever the line is up.</source>
        <translation>&lt;b&gt;Satellite&lt;/b&gt; guarda aquí los datos de mSupply de esta clínica y los sincroniza con el servidor principal siempre que hay conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this installation</source>
        <translation>Acerca de esta instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a message to your support team: never includes the password</source>
        <translation>Para un mensaje a su equipo de soporte: nunca incluye la contraseña</translation>
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
        <translation>vence el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3 × pack of %4</source>
        <comment>batch, expiry, packs, pack size</comment>
        <translation>%1 (%2): %3 × envase de %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot dispense: %1</source>
        <translation>No se puede dispensar: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From batches (first to expire first)</source>
        <translation>De los lotes (el primero en vencer sale primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
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
        <translation>Prescriptor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add line</source>
        <translation>&amp;Agregar línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save and finish</source>
        <translation>&amp;Guardar y terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print labels…</source>
        <translation>&amp;Imprimir etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save labels as P&amp;DF…</source>
        <translation>Guardar etiquetas en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines to dispense</source>
        <translation>Líneas a dispensar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a patient who is not found (Ctrl+N)</source>
        <translation>Registrar un paciente que no se encuentra (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in any order, code, date of birth (YYYY-MM-DD) or health number</source>
        <translation>Nombre en cualquier orden, código, fecha de nacimiento (AAAA-MM-DD) o número de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: name or code</source>
        <translation>Opcional: nombre o código</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find patient:</source>
        <translation>&amp;Buscar paciente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rescriber:</source>
        <translation>P&amp;rescriptor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the primary for “%1” (patients of other clinics)…</source>
        <translation>Buscar “%1” en el servidor principal (pacientes de otras clínicas)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+437"/>
        <source>No patient chosen yet.</source>
        <translation>Aún no se eligió ningún paciente.</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>Add an item</source>
        <translation>Agregar un artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or code</source>
        <translation>Nombre o código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity in units</source>
        <translation>Cantidad en unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directions</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1 tablet 3 times a day for 5 days</source>
        <translation>p. ej. 1 tableta 3 veces al día durante 5 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Item:</source>
        <translation>A&amp;rtículo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity (units):</source>
        <translation>&amp;Cantidad (unidades):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dir&amp;ections:</source>
        <translation>Indica&amp;ciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch:</source>
        <translation>L&amp;ote:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reason to issue expired or held stock</source>
        <translation>Motivo para dispensar existencias vencidas o bloqueadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only to issue from an expired batch or one on hold: say why</source>
        <translation>Solo para dispensar de un lote vencido o bloqueado: indique por qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispense now (Ctrl+Enter)</source>
        <translation>Dispensar ahora (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for later, the stock set aside (Ctrl+D)</source>
        <translation>Guardar para más tarde, con las existencias reservadas (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the labels of the last dispensing (Ctrl+P)</source>
        <translation>Imprimir las etiquetas de la última dispensación (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Override reason:</source>
        <translation>&amp;Motivo de la excepción:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 · %2 available</source>
        <translation>%1 · %2 disponibles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A dispensing for this patient is kept as draft %1: open it from the drafts below.</source>
        <translation>Una dispensación para este paciente está guardada como borrador %1: ábrala desde los borradores de abajo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>First to expire (automatic)</source>
        <translation>El primero en vencer (automático)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expires %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPIRED</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ON HOLD</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item first: type its name or code, then press Enter.</source>
        <translation>Elija primero un artículo: escriba su nombre o código y presione Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the quantity in units (tablets, ml, …), for example 30.</source>
        <translation>Escriba la cantidad en unidades (tabletas, ml, …), por ejemplo 30.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This line cannot be dispensed as it is: %1</source>
        <translation>Esta línea no se puede dispensar así: %1</translation>
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
            <numerusform>(%n línea no se puede dispensar)</numerusform>
            <numerusform>(%n líneas no se pueden dispensar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the patient first.</source>
        <translation>Elija primero el paciente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one item.</source>
        <translation>Agregue al menos un artículo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept as draft %1 for %2; the stock is set aside. Finish it from the drafts below.</source>
        <translation>Guardado como borrador %1 para %2; las existencias quedan reservadas. Termínelo desde los borradores de abajo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dispensed: prescription %1 for %2, total %3. Print the labels with Ctrl+P.</source>
        <translation>Dispensado: receta %1 para %2, total %3. Imprima las etiquetas con Ctrl+P.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That draft is no longer kept: it was finished or discarded.</source>
        <translation>Ese borrador ya no se guarda: se terminó o se descartó.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing draft %1: Save and finish dispenses it, Keep as draft keeps your changes.</source>
        <translation>Modificando el borrador %1: Guardar y terminar lo dispensa, Guardar como borrador guarda sus cambios.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That draft is no longer kept.</source>
        <translation>Ese borrador ya no se guarda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Discard draft %1 for %2? Its stock is put back; nothing is dispensed.</source>
        <translation>¿Descartar el borrador %1 para %2? Sus existencias se reponen; no se dispensa nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Draft %1 discarded; its stock is available again.</source>
        <translation>Borrador %1 descartado; sus existencias vuelven a estar disponibles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels can be printed once a dispensing is saved.</source>
        <translation>Las etiquetas se pueden imprimir una vez guardada la dispensación.</translation>
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
        <translation>&amp;Abrir borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish draft</source>
        <translation>&amp;Terminar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft…</source>
        <translation>Descartar borrador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts kept</source>
        <translation>Borradores guardados</translation>
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
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dispensings kept as drafts</source>
        <translation>Dispensaciones guardadas como borrador</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::ExpiryChart</name>
    <message>
        <location filename="../ui/stock/ExpiryChart.cpp" line="+39"/>
        <source>Stock expiring per month</source>
        <translation>Existencias por vencer por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock expiring in the next 12 months: click a month to list its items</source>
        <translation>Existencias por vencer en los próximos 12 meses: haga clic en un mes para listar sus artículos</translation>
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
        <translation>Valor al costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at cost (%1)</source>
        <translation>Valor al costo (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stock expiring cannot be read now (%1).</source>
        <translation>Las existencias por vencer no se pueden leer ahora (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 units (%3)</source>
        <translation>%1: %2 unidades (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires in the next 12 months.</source>
        <translation>Nada vence en los próximos 12 meses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring: %1.</source>
        <translation>Por vencer: %1.</translation>
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
        <translation>La primera sincronización no terminó: algunos registros de este almacén aún no están aquí. Siga recibiéndolos ahora, o más tarde con Sincronizar ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first sync did not finish</source>
        <translation>La primera sincronización no terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the first sync from where it stopped</source>
        <translation>Continuar la primera sincronización desde donde se detuvo</translation>
    </message>
</context>
<context>
    <name>satellite::ui::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/InvoicesPage.cpp" line="+13"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dated from</source>
        <translation>&amp;Fechadas desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type of invoice</source>
        <translation>Tipo de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of this day are included.</source>
        <translation>Las facturas de este día están incluidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <comment>dated from [date] to [date]</comment>
        <translation>&amp;hasta</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ItemConsumption</name>
    <message>
        <location filename="../ui/stock/ItemConsumption.cpp" line="+47"/>
        <source>Units used per month</source>
        <translation>Unidades usadas por mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of stock left</source>
        <translation>Meses de existencias restantes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Choose an item to see how much of it is used.</source>
        <translation>Elija un artículo para ver cuánto se usa.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading how much of it is used…</source>
        <translation>Leyendo cuánto se usa…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Its use cannot be read now (%1).</source>
        <translation>Su uso no se puede leer ahora (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in the last 12 months.</source>
        <translation>No se usó en los últimos 12 meses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units used a month on average.</source>
        <translation>%1 unidades usadas por mes en promedio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The available stock lasts less than a month at that rate.</source>
        <translation>Las existencias disponibles duran menos de un mes a este ritmo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The available stock lasts about %n year(s) at that rate.</source>
        <translation>
            <numerusform>Las existencias disponibles duran aproximadamente %n año a este ritmo.</numerusform>
            <numerusform>Las existencias disponibles duran aproximadamente %n años a este ritmo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The available stock lasts about %n month(s) at that rate.</source>
        <translation>
            <numerusform>Las existencias disponibles duran aproximadamente %n mes a este ritmo.</numerusform>
            <numerusform>Las existencias disponibles duran aproximadamente %n meses a este ritmo.</numerusform>
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
        <translation>Unidades usadas por mes, de %1 a %2</translation>
    </message>
</context>
<context>
    <name>satellite::ui::LoginDialog</name>
    <message>
        <location filename="../ui/windows/LoginDialog.cpp" line="+26"/>
        <source>&amp;Allow an insecure (http) connection to another computer</source>
        <translation>&amp;Permitir una conexión insegura (http) hacia otra computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
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
        <translation>Inicie sesión en su sitio mSupply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary server address</source>
        <translation>Dirección del servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site password</source>
        <translation>Contraseña del sitio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http sends your data unprotected over the network. Use it only if your administrator tells you to.</source>
        <translation>El http simple envía sus datos sin protección por la red. Úselo solo si su administrador se lo indica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sync progress</source>
        <translation>Progreso de la primera sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site found</source>
        <translation>Sitio encontrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary server:</source>
        <translation>Servidor &amp;principal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site name:</source>
        <translation>Nombre del &amp;sitio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Found site %1 on the server. Receiving the records of its store…</source>
        <translation>Sitio %1 encontrado en el servidor. Recibiendo los registros de su almacén…</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Done: %n record(s) received.</source>
        <translation>
            <numerusform>Listo: %n registro recibido.</numerusform>
            <numerusform>Listo: %n registros recibidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the first sync?</source>
        <translation>¿Detener la primera sincronización?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first sync is still receiving this store&apos;s records. If you stop now, the next start of Satellite offers to continue from where it stopped.</source>
        <translation>La primera sincronización todavía está recibiendo los registros de este almacén. Si la detiene ahora, el próximo inicio de Satellite ofrecerá continuar desde donde se detuvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop the sync</source>
        <translation>&amp;Detener la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on syncing</source>
        <translation>&amp;Seguir sincronizando</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Enter the server address, the site name and the password your administrator gave you.</source>
        <translation>Ingrese la dirección del servidor, el nombre del sitio y la contraseña que le dio su administrador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The site name or password is wrong. Check them with your administrator and try again.</source>
        <translation>El nombre del sitio o la contraseña es incorrecto. Verifíquelos con su administrador e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site is registered to another computer. Ask your administrator to reset the site&apos;s registration, then connect again.</source>
        <translation>Este sitio está registrado en otra computadora. Pida a su administrador que restablezca el registro del sitio y luego vuelva a conectarse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server. Check the address and the internet connection, then try again. (%1)</source>
        <translation>No se puede conectar con el servidor. Revise la dirección y la conexión a Internet e intente de nuevo. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted. Its SHA-256 fingerprint is %1. Trust it only if your administrator confirms this fingerprint.</source>
        <translation>El certificado del servidor no es de confianza. Su huella digital SHA-256 es %1. Confíe en él solo si su administrador confirma esta huella digital.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. Connect again to go on from where it stopped.</source>
        <translation>Detenido. Vuelva a conectarse para continuar desde donde se detuvo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untrusted certificate</source>
        <translation>Certificado no confiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
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
        <translation>Existencias</translation>
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
        <translation>Recepción</translation>
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
        <translation>Historial de dispensaciones</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+11"/>
        <location line="+59"/>
        <location line="+353"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="-417"/>
        <location line="+1"/>
        <location line="+418"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="-415"/>
        <location line="+1"/>
        <location line="+410"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="-631"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Count stock…</source>
        <translation>&amp;Contar existencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a &amp;location…</source>
        <translation>Contar una &amp;ubicación…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Dispense to patient</source>
        <translation>&amp;Dispensar al paciente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the &amp;primary…</source>
        <translation>Buscar en el servidor &amp;principal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find patients registered at other clinics</source>
        <translation>Encontrar pacientes registrados en otras clínicas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Registrar paciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Receive goods…</source>
        <translation>Re&amp;cibir mercadería…</translation>
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
        <translation>Elija primero el paciente a editar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 registered with code %2.</source>
        <translation>%1 registrado(a) con el código %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s details saved.</source>
        <translation>Datos de %1 guardados.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the item to count first.</source>
        <translation>Elija primero el artículo a contar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This store has no locations; count item by item.</source>
        <translation>Este almacén no tiene ubicaciones; cuente artículo por artículo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count a location</source>
        <translation>Contar una ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location to count:</source>
        <translation>&amp;Ubicación a contar:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Satellite</source>
        <translation>&amp;Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>S&amp;incronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Cancelar la sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy support information</source>
        <translation>Copiar &amp;información de soporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Satellite</source>
        <translation>&amp;Acerca de Satellite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+13"/>
        <source>The details cannot be read now: %1</source>
        <translation>Los detalles no se pueden leer ahora: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Support information copied: paste it into your message.</source>
        <translation>Información de soporte copiada: péguela en su mensaje.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Satellite is still running</source>
        <translation>Satellite sigue en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps syncing in the background. Click its icon to open the window again; Quit in the icon&apos;s menu stops it.</source>
        <translation>Sigue sincronizando en segundo plano. Haga clic en su icono para volver a abrir la ventana; Salir, en el menú del icono, lo detiene.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show Satellite</source>
        <translation>Mostrar Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logging out removes site %1&apos;s data from this computer; the primary server keeps it, and you can log in to this or another site afterwards.</source>
        <translation>Cerrar la sesión elimina los datos del sitio %1 de esta computadora; el servidor principal los conserva, y después puede iniciar sesión en este u otro sitio.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) made here have not been sent yet and would be lost: sync first.</source>
        <translation>
            <numerusform>%n cambio hecho aquí aún no se envió y se perdería: sincronice primero.</numerusform>
            <numerusform>%n cambios hechos aquí aún no se enviaron y se perderían: sincronice primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log out and lose the changes</source>
        <translation>Cerrar sesión y perder los cambios</translation>
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
        <translation>Registrar paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
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
        <translation>Código del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, second line</source>
        <translation>Dirección, segunda línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National health number:</source>
        <translation>Número nacional de sal&amp;ud:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National health number</source>
        <translation>Número nacional de salud</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the date of birth as year-month-day, for example 1990-03-04.</source>
        <translation>Escriba la fecha de nacimiento como año-mes-día, por ejemplo 1990-03-04.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientHistoryModel</name>
    <message>
        <location filename="../ui/work/PatientHistoryModel.cpp" line="+29"/>
        <source>Dispensed at %1, as the primary records it</source>
        <translation>Dispensado en %1, según el servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>another store</source>
        <translation>otro almacén</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dispensed in this store</source>
        <translation>Dispensado en este almacén</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>sin fecha</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (units)</source>
        <translation>Cantidad (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientHistoryPane</name>
    <message>
        <location filename="../ui/work/PatientHistoryPane.cpp" line="+36"/>
        <source>Dispensing history</source>
        <translation>Historial de dispensaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the history comes from</source>
        <translation>De dónde viene el historial</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a patient to see what was dispensed to them.</source>
        <translation>Elija un paciente para ver lo que se le dispensó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This store&apos;s dispensings cannot be read now (%1).</source>
        <translation>Las dispensaciones de este almacén no se pueden leer ahora (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the primary for dispensings at other clinics…</source>
        <translation>Pidiendo al servidor principal las dispensaciones de otras clínicas…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dispensings recorded for this patient, here or at other clinics.</source>
        <translation>No hay dispensaciones registradas para este paciente, aquí ni en otras clínicas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispensed here and at other clinics, as the primary records it now.</source>
        <translation>Dispensado aquí y en otras clínicas, según el servidor principal en este momento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispensings at other clinics as of %1.</source>
        <translation>Dispensaciones en otras clínicas al %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store&apos;s dispensings.</source>
        <translation>Las dispensaciones de este almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary could not be asked (%1): dispensings at other clinics as of %2.</source>
        <translation>No se pudo consultar el servidor principal (%1): dispensaciones en otras clínicas al %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The primary could not be asked (%1): only this store&apos;s dispensings are shown.</source>
        <translation>No se pudo consultar el servidor principal (%1): solo se muestran las dispensaciones de este almacén.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientLinker</name>
    <message>
        <location filename="../ui/work/PatientLinker.cpp" line="+36"/>
        <source>%1 is visible in this store already.</source>
        <translation>%1 ya está visible en este almacén.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making %1 visible here: asking the primary…</source>
        <translation>Haciendo visible a %1 aquí: consultando al servidor principal…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The local database reported a problem (%1).</source>
        <translation>La base de datos local informó un problema (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now visible in this store; their records arrive with the next sync.</source>
        <translation>%1 ahora está visible en este almacén; sus registros llegan con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The primary would not make %1 visible in this store: %2</source>
        <translation>El servidor principal se negó a hacer visible a %1 en este almacén: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will be made visible here at the next sync (%2). You can dispense to them already.</source>
        <translation>%1 se hará visible aquí en la próxima sincronización (%2). Ya puede dispensarle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the primary did not say</source>
        <translation>el servidor principal no lo dijo</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PrimaryQuestions</name>
    <message>
        <location filename="../ui/work/PrimaryQuestions.cpp" line="+19"/>
        <source>the primary cannot be reached now</source>
        <translation>no se puede conectar con el servidor principal ahora</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ReceivePage</name>
    <message>
        <location filename="../ui/work/ReceivePage.cpp" line="+50"/>
        <source>&amp;Receive into stock</source>
        <translation>&amp;Recibir en existencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier invoices waiting</source>
        <translation>Facturas de proveedor pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the supplier invoice</source>
        <translation>Líneas de la factura de proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack size</source>
        <translation>Tamaño del envase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packs sent</source>
        <translation>Envases enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs received</source>
        <translation>Envases recibidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation>Vencimiento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per pack</source>
        <translation>Costo por envase</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every line to the stock (Ctrl+Enter)</source>
        <translation>Agregar todas las líneas a las existencias (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Waiting to be received:</source>
        <translation>&amp;Pendientes de recepción:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Invoice %1 from %2</source>
        <translation>Factura %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · sent %2 · %3 · %n line(s)</source>
        <translation>
            <numerusform>%1 · enviada el %2 · %3 · %n línea</numerusform>
            <numerusform>%1 · enviada el %2 · %3 · %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is waiting. Supplier invoices sent to this store arrive with a sync.</source>
        <translation>No hay nada pendiente. Las facturas de proveedor enviadas a este almacén llegan con una sincronización.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a supplier invoice on the left.</source>
        <translation>Elija una factura de proveedor a la izquierda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 from %2 (their reference %3). Check each line against what arrived and type over Packs received, Batch or Expiry where they differ.</source>
        <translation>Factura %1 de %2 (su referencia %3). Compare cada línea con lo que llegó y corrija Envases recibidos, Lote o Vencimiento donde difieran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: write the packs received as a number, 0 if none came.</source>
        <translation>%1: escriba el número de envases recibidos, 0 si no llegó ninguno.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: write the expiry as year-month-day, for example 2028-04-30.</source>
        <translation>%1: escriba el vencimiento como año-mes-día, por ejemplo 2028-04-30.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was received. %1</source>
        <translation>No se recibió nada. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 received: %n line(s) added to the stock.</source>
        <translation>
            <numerusform>%1 recibida: %n línea agregada a las existencias.</numerusform>
            <numerusform>%1 recibida: %n líneas agregadas a las existencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::RecordPage</name>
    <message>
        <location filename="../ui/widgets/RecordPage.cpp" line="+73"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Buscar: %1 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Buscar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the rows that hold every word typed, in any order, as you type.</source>
        <translation>Conserva, mientras escribe, las filas que contienen cada palabra escrita, en cualquier orden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The details of the selected row are shown below the list.</source>
        <translation>Los detalles de la fila seleccionada se muestran debajo de la lista.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows found</source>
        <translation>Filas encontradas</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list cannot be read now (%1); it is read again at the next change.</source>
        <translation>La lista no se puede leer ahora (%1); se vuelve a leer con el próximo cambio.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::RemotePatientDialog</name>
    <message>
        <location filename="../ui/work/RemotePatientDialog.cpp" line="+28"/>
        <source>&amp;Search the primary</source>
        <translation>&amp;Buscar en el servidor principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make visible here</source>
        <translation>&amp;Hacer visible aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients registered at other clinics</source>
        <translation>Pacientes registrados en otras clínicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient to search for on the primary</source>
        <translation>Paciente a buscar en el servidor principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in any order, code, or date of birth (YYYY-MM-DD) and a name</source>
        <translation>Nombre en cualquier orden, código, o fecha de nacimiento (AAAA-MM-DD) y un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients registered elsewhere</source>
        <translation>Pacientes registrados en otro lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered at</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registered elsewhere, not visible in this store:</source>
        <translation>Registrados en otro lugar, no visibles en este almacén:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These patients were registered at another clinic and are not visible in this store. Making one visible here brings their records with the next sync; you can dispense to them at once.</source>
        <translation>Estos pacientes se registraron en otra clínica y no están visibles en este almacén. Hacer visible a uno aquí trae sus registros con la próxima sincronización; puede dispensarle de inmediato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type the patient&apos;s name, code or date of birth first.</source>
        <translation>Escriba primero el nombre, el código o la fecha de nacimiento del paciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the primary for “%1”…</source>
        <translation>Consultando al servidor principal por “%1”…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The primary could not be searched (%1). Patients of other clinics can be found when the connection is back.</source>
        <translation>No se pudo buscar en el servidor principal (%1). Los pacientes de otras clínicas se podrán encontrar cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The local database reported a problem (%1); try again.</source>
        <translation>La base de datos local informó un problema (%1); intente de nuevo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>another clinic</source>
        <translation>otra clínica</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The primary knows no patient of another clinic for “%1”.</source>
        <translation>El servidor principal no conoce ningún paciente de otra clínica para “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n patient(s) registered at other clinics: choose one and press Enter to make them visible here.</source>
        <translation>
            <numerusform>%n paciente registrado en otras clínicas: elíjalo y presione Enter para hacerlo visible aquí.</numerusform>
            <numerusform>%n pacientes registrados en otras clínicas: elija uno y presione Enter para hacerlo visible aquí.</numerusform>
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
        <translation>No se encontró nada para “%1”</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/windows/SettingsDialog.cpp" line="+37"/>
        <location line="+76"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Primary server address</source>
        <translation>Dirección del servidor principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (only Sync now)</source>
        <translation>Nunca (solo Sincronizar ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic sync interval</source>
        <translation>Intervalo de sincronización automática</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smallest batch</source>
        <translation>Paquete más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest batch</source>
        <translation>Paquete más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s proxy settings</source>
        <translation>La configuración de proxy del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satellite speaks the new language from its next start.</source>
        <translation>Satellite usará el nuevo idioma a partir de su próximo inicio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Primary server:</source>
        <translation>Servidor &amp;principal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync automatically &amp;every:</source>
        <translation>Sincronizar automáticamente &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;mallest batch:</source>
        <translation>Paquete más &amp;pequeño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;rgest batch:</source>
        <translation>Paquete más &amp;grande:</translation>
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
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server address is not a web address, such as https://sync.example.org.</source>
        <translation>La dirección del servidor no es una dirección web, como https://sync.example.org.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Insecure connection</source>
        <translation>Conexión insegura</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Allow an insecure (http) connection to another computer</source>
        <translation>P&amp;ermitir una conexión insegura (http) hacia otra computadora</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>With plain http, the site password hash and all your data cross the network unprotected. Use it only if your administrator tells you to.</source>
        <translation>Con http simple, el hash de la contraseña del sitio y todos sus datos cruzan la red sin protección. Úselo solo si su administrador se lo indica.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/windows/ShortcutsDialog.cpp" line="+14"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the list of the page</source>
        <translation>Buscar en la lista de la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense or receive: save and finish</source>
        <translation>Dispensar o recibir: guardar y terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: keep as a draft</source>
        <translation>Dispensar: guardar como borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: print the labels</source>
        <translation>Dispensar: imprimir las etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: register a new patient</source>
        <translation>Dispensar: registrar un nuevo paciente</translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockCountDialog</name>
    <message>
        <location filename="../ui/work/StockCountDialog.cpp" line="+41"/>
        <source>Count stock</source>
        <translation>Contar existencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Write the units you count in each batch; leave a batch empty if you did not count it. Each difference needs a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Escriba las unidades que cuenta en cada lote; deje un lote vacío si no lo contó. Cada diferencia necesita un motivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. monthly count</source>
        <translation>Opcional, p. ej. conteo mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record count</source>
        <translation>&amp;Registrar conteo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This store holds no batch here to count.</source>
        <translation>Este almacén no tiene aquí ningún lote para contar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything kept at %1</source>
        <translation>Todo lo que se guarda en %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted (units)</source>
        <translation>Contado (unidades)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Units of %1 counted in batch %2</source>
        <translation>Unidades de %1 contadas en el lote %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted</source>
        <translation>no contado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for batch %1</source>
        <translation>Motivo para el lote %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fewer</source>
        <translation>%1 menos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no difference</source>
        <translation>sin diferencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Batch %1: write the units counted as a number.</source>
        <translation>Lote %1: escriba las unidades contadas como un número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the units counted in at least one batch.</source>
        <translation>Escriba las unidades contadas en al menos un lote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was recorded. %1</source>
        <translation>No se registró nada. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The count matched the stock: nothing to adjust.</source>
        <translation>El conteo coincidía con las existencias: nada que ajustar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Count recorded as inventory adjustment %1 (%n batch(es) changed).</source>
        <translation>
            <numerusform>Conteo registrado como ajuste de inventario %1 (%n lote modificado).</numerusform>
            <numerusform>Conteo registrado como ajuste de inventario %1 (%n lotes modificados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockPage</name>
    <message>
        <location filename="../ui/pages/StockPage.cpp" line="+23"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items shown</source>
        <translation>Artículos mostrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>Por vencer dentro de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Sin existencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months ahead</source>
        <translation>Meses por delante</translation>
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
            <numerusform> mes</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expiring in %1</source>
        <translation>Por vencer en %1</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncChart</name>
    <message>
        <location filename="../ui/widgets/SyncChart.cpp" line="+27"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds taken</source>
        <translation>Segundos empleados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Records and duration per sync</source>
        <translation>Registros y duración por sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received and sent, and the seconds each sync took, over time</source>
        <translation>Registros recibidos y enviados, y los segundos que tomó cada sincronización, a lo largo del tiempo</translation>
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
        <translation>Duración (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export the log…</source>
        <translation>&amp;Exportar el registro…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync log</source>
        <translation>Registro de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter the log</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole log to a text file, for your support team</source>
        <translation>Guardar todo el registro en un archivo de texto, para su equipo de soporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log message</source>
        <translation>Mensaje del registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync history</source>
        <translation>Historial de sincronizaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records and time per sync</source>
        <translation>Registros y duración por sincronización</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Raw JSON of the quarantined record</source>
        <translation>JSON sin procesar del registro en cuarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, could not be stored (quarantine)</source>
        <translation>Recibidos, no se pudieron guardar (cuarentena)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined records</source>
        <translation>Registros en cuarentena</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try quarantined records again</source>
        <translation>Reintentar los registros en cuarentena</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent, refused by the primary</source>
        <translation>Enviados, rechazados por el servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the primary refused</source>
        <translation>Cambios rechazados por el servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The primary said</source>
        <translation>Lo que dijo el servidor principal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes made here that the primary would not take. The rest went out; these wait here until sent again (after the primary or this program is put right) or discarded.</source>
        <translation>Cambios hechos aquí que el servidor principal no aceptó. El resto se envió; estos esperan aquí hasta enviarse de nuevo (una vez corregido el servidor principal o este programa) o descartarse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the change again: it goes out with the next sync</source>
        <translation>Volver a poner el cambio en cola: se envía con la próxima sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the change up: the primary never gets it</source>
        <translation>Renunciar al cambio: el servidor principal nunca lo recibe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The log kept from before cannot be read now (%1).</source>
        <translation>El registro guardado de antes no se puede leer ahora (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the sync log</source>
        <translation>Exportar el registro de sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The log was not exported: %1 cannot be written (%2).</source>
        <translation>El registro no se exportó: %1 no se puede escribir (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) of the log exported to %1.</source>
        <translation>
            <numerusform>%n línea del registro exportada a %1.</numerusform>
            <numerusform>%n líneas del registro exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the deletion of %1</source>
        <translation>la eliminación de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The refused changes cannot be read now (%1).</source>
        <translation>Los cambios rechazados no se pueden leer ahora (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the change to send again first.</source>
        <translation>Elija primero el cambio a enviar de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change to %1 goes out again with the next sync.</source>
        <translation>El cambio en %1 se envía de nuevo con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>That change is no longer held back.</source>
        <translation>Ese cambio ya no está retenido.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+41"/>
        <source>Nothing was changed: the local database reported a problem (%1).</source>
        <translation>No se cambió nada: la base de datos local informó un problema (%1).</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose the change to discard first.</source>
        <translation>Elija primero el cambio a descartar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard a refused change</source>
        <translation>Descartar un cambio rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to %1 will never reach the primary; this computer keeps the record as it is here.</source>
        <translation>El cambio en %1 nunca llegará al servidor principal; esta computadora conserva el registro tal como está aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the change</source>
        <translation>Descartar el cambio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change to %1 was discarded: it will never reach the primary.</source>
        <translation>El cambio en %1 se descartó: nunca llegará al servidor principal.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncStatusBar</name>
    <message>
        <location filename="../ui/widgets/SyncStatusBar.cpp" line="+15"/>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+117"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last sync went, or that one is running</source>
        <translation>Cómo fue la última sincronización, o que hay una en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this computer last synced with the primary</source>
        <translation>Cuándo se sincronizó esta computadora por última vez con el servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to go out</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made here that the next sync sends to the primary</source>
        <translation>Cambios hechos aquí que la próxima sincronización envía al servidor principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records in quarantine</source>
        <translation>Registros en cuarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received that could not be stored; listed on the Sync page</source>
        <translation>Registros recibidos que no se pudieron guardar; listados en la página Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes refused</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the primary would not take; listed on the Sync page</source>
        <translation>Cambios que el servidor principal no aceptó; listados en la página Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients to make visible</source>
        <translation>Pacientes a hacer visibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients of other clinics to be made visible here at the next sync</source>
        <translation>Pacientes de otras clínicas a hacer visibles aquí en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients refused</source>
        <translation>Pacientes rechazados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients the primary would not make visible here, with its words</source>
        <translation>Pacientes que el servidor principal se negó a hacer visibles aquí, con su respuesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listed on the Sync page, to send again or discard</source>
        <translation>Listados en la página Sincronización, para enviar de nuevo o descartar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync now (%1)</source>
        <translation>Sincronizar ahora (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last synced: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n registro en cuarentena</numerusform>
            <numerusform>%n registros en cuarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor principal</numerusform>
            <numerusform>%n cambios rechazados por el servidor principal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n patient(s) to make visible here at the next sync</source>
        <translation>
            <numerusform>%n paciente a hacer visible aquí en la próxima sincronización</numerusform>
            <numerusform>%n pacientes a hacer visibles aquí en la próxima sincronización</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not made visible here: %1</source>
        <translation>No se hizo visible aquí: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n patient(s) not made visible here</source>
        <translation>
            <numerusform>%n paciente no hecho visible aquí</numerusform>
            <numerusform>%n pacientes no hechos visibles aquí</numerusform>
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
        <translation>Cancelar la sincronización (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>La sincronización falló</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last sync succeeded</source>
        <translation>La última sincronización fue correcta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync failed</source>
        <translation>La última sincronización falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync was cancelled</source>
        <translation>La última sincronización se canceló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync did not finish</source>
        <translation>La última sincronización no terminó</translation>
    </message>
</context>
</TS>
