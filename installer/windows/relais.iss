; Relais for Windows: Inno Setup 6 script (https://jrsoftware.org/ishelp/).
; Saved as UTF-8 with a byte-order mark: the French messages hold accents.
;
; Built by installer\windows\build.ps1, which passes the version read from pyproject.toml:
;     ISCC.exe /DAppVersion=0.1.0 installer\windows\relais.iss
; It packs the PyInstaller one-folder bundle dist\relais\ (installer\relais.spec) into
; dist\Relais-<version>-setup.exe.
;
; * Per user (default, no administrator needed: %LOCALAPPDATA%\Programs\Relais) or per
;   machine (C:\Program Files\Relais), chosen in a dialog or with /CURRENTUSER or /ALLUSERS.
; * Start-menu shortcut; optional desktop shortcut.
; * Optional scheduled task that runs "relais.exe dispatch" every 5 minutes, so reminders
;   leave when Relais is closed (the dispatcher's lock file keeps one sender at a time).
; * The uninstaller removes the program and the task and keeps the practice's data
;   (%LOCALAPPDATA%\Relais: the encrypted database, its key file and backups) unless the
;   person uninstalling says to remove it, or /REMOVEDATA is passed to a silent uninstall.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z relais.iss (build.ps1 does it)
#endif
#define AppName "Relais"
#define AppId "fr.relais.Relais"
#define AppPublisher "Relais"
#define AppExe "relais.exe"
#define SourceDir "..\..\dist\relais"
#define TaskName "Relais Dispatch"

[Setup]
; AppId identifies the product to Windows' uninstall list across versions: never change it.
AppId={{7D383190-C4B9-43F9-BABF-C719D881EFC2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=© {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; {autopf} is Program Files in administrative install mode and
; %LOCALAPPDATA%\Programs in non-administrative install mode.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=Relais-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\relais.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Relais before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DesktopIcon=Créer une icône sur le &Bureau
english.DesktopIcon=Create a &desktop shortcut
french.Shortcuts=Raccourcis :
english.Shortcuts=Shortcuts:
french.DispatchTask=Envoyer les rappels toutes les 5 minutes quand Relais est fermé (Planificateur de tâches)
english.DispatchTask=Send reminders every 5 minutes when Relais is closed (Task Scheduler)
french.Reminders=Rappels :
english.Reminders=Reminders:
french.LaunchRelais=Ouvrir Relais
english.LaunchRelais=Open Relais
french.RemoveData=Supprimer aussi les données du cabinet de ce compte Windows ?%n%n%1%n%nLa base chiffrée, sa clé et ses sauvegardes seront effacées définitivement. Répondez Non pour les garder (une réinstallation les retrouvera).
english.RemoveData=Also delete this Windows account's practice data?%n%n%1%n%nThe encrypted database, its key file and its backups will be erased for good. Answer No to keep them (a new installation finds them again).
french.DataKept=Les données du cabinet sont conservées dans :%n%1
english.DataKept=The practice's data is kept in:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"; Flags: unchecked
Name: "dispatchtask"; Description: "{cm:DispatchTask}"; GroupDescription: "{cm:Reminders}"; Flags: unchecked

[Files]
; The whole one-folder bundle: relais.exe (windowed), relais-cli.exe (console) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchRelais}"; Flags: postinstall nowait skipifsilent

[UninstallRun]
; Remove the scheduled task if there is one (schtasks fails quietly when there is none).
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""{#TaskName}"" /F"; Flags: runhidden; RunOnceId: "DeleteDispatchTask"

[UninstallDelete]
; Only what Relais itself may leave in the install folder; the data folder is handled in [Code].
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
Type: dirifempty; Name: "{app}"

[Code]
// The folder platformdirs.user_data_dir("Relais", appauthor=False) names on Windows
// (app/cli.py default_database_path): %LOCALAPPDATA%\Relais.
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

// Every run of relais.exe dispatch signs in as the user "dispatch" with the password kept
// in the data folder (RELEASE.md says how to create both); the task never asks anything.
procedure CreateDispatchTask();
var
  Command, Params: String;
  ResultCode: Integer;
begin
  Command := '\"' + ExpandConstant('{app}\{#AppExe}') + '\" dispatch --user dispatch'
    + ' --passphrase-file \"' + DataDir() + '\dispatch.passphrase\"';
  Params := '/Create /F /TN "{#TaskName}" /SC MINUTE /MO 5 /TR "' + Command + '"';
  if not Exec(ExpandConstant('{sys}\schtasks.exe'), Params, '', SW_HIDE,
              ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    Log(Format('schtasks /Create failed (%d): %s', [ResultCode, Params]));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('dispatchtask') then
    CreateDispatchTask();
end;

// /REMOVEDATA on the uninstaller's command line removes the data without asking
// (for silent uninstalls); otherwise an interactive uninstall asks, defaulting to No.
function RemoveDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  RemoveData: Boolean;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) then
  begin
    RemoveData := RemoveDataRequested();
    if (not RemoveData) and (not UninstallSilent()) then
      RemoveData := SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir()]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
    if RemoveData then
    begin
      DelTree(DataDir(), True, True, True);
      // Qt's QSettings for organisation "Relais" (window sizes, last user name).
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\{#AppPublisher}');
    end
    else if not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK);
  end;
end;
