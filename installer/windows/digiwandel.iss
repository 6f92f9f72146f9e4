; Inno Setup 6 script for DigiWandel (Windows, 64-bit, per-user install).
; Build steps: see BUILD.md next to this file.
; Input: the PyInstaller one-folder bundle dist\DigiWandel (installer/build.sh).
; Output: dist\DigiWandel-Setup-<version>.exe

; x64compatible and UTF-8 scripts without a BOM (the German texts below)
; need Inno Setup 6.3 or newer.
#if Ver < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is required to compile this script.
#endif

; Paths are built from the script's own folder (installer\windows\), so
; compiling works from any current directory, on the command line or in the IDE.
; Each ends with a backslash.
#define ScriptDir AddBackslash(SourcePath)
#define RepoDir AddBackslash(ExtractFileDir(ExtractFileDir(RemoveBackslashUnlessRoot(ScriptDir))))
#define BundleDir RepoDir + "dist\DigiWandel\"

#if !FileExists(BundleDir + "DigiWandel.exe") || !FileExists(BundleDir + "digiwandel-cli.exe")
  #error The bundle dist\DigiWandel is missing or incomplete: run "bash installer/build.sh" first.
#endif

; Version: from DigiWandel.exe's version resource, unless given on the command
; line, e.g. ISCC /DAppVersion=1.2.3 ... It also feeds VersionInfoVersion, so it
; must be numbers and dots only (at most four parts).
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BundleDir + "DigiWandel.exe")
#endif
#if AppVersion == ""
  #error DigiWandel.exe has no version resource: fix the build or pass /DAppVersion=x.y.z to ISCC.
#endif

[Setup]
; Fixed forever: upgrades and the uninstaller find the installation by this id.
AppId={{C58E7146-7477-4B00-AFC9-76B495F270B9}
AppName=DigiWandel
AppVersion={#AppVersion}
AppPublisher=DigiWandel
UninstallDisplayName=DigiWandel
UninstallDisplayIcon={app}\DigiWandel.exe
VersionInfoVersion={#AppVersion}
LicenseFile={#RepoDir}LICENSE
SetupIconFile={#ScriptDir}digiwandel.ico

; Per-user install by default, no admin rights needed. An IT admin may still
; install for all users with /ALLUSERS on the command line; the "auto"
; constants below then switch to Program Files and the common Start menu.
; No dialog: small associations should not face a question they cannot answer.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; Per user: %LOCALAPPDATA%\Programs\DigiWandel; all users: Program Files.
DefaultDirName={autopf}\DigiWandel
; One Start-menu entry directly under Programs, no folder to choose.
DisableProgramGroupPage=yes

; The bundle contains 64-bit Python and Qt only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 version 1809 (build 17763) and later.
MinVersion=10.0.17763

; Upgrade over a running DigiWandel: the Restart Manager offers to close it.
; No restart afterwards: the "Launch DigiWandel" box on the last page does that.
CloseApplications=yes
RestartApplications=no
; No AppMutex: DigiWandel does not create a named mutex.

; No file association (ChangesAssociations stays off): DigiWandel has no file
; type of its own, and its database is a generic .sqlite3 file that other
; programs open too.

ShowLanguageDialog=auto
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
OutputDir={#RepoDir}dist
OutputBaseFilename=DigiWandel-Setup-{#AppVersion}

[Languages]
; German Windows gets the German setup automatically, everything else English.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.DeleteUserData=DigiWandel has been removed. Your data is still on this computer: the database, its backups, the log file and your settings. They are in this folder:%n%n%1%n%nDo you also want to delete this folder and the DigiWandel settings? This cannot be undone.%n%nChoose "No" to keep your data, for example to install DigiWandel again later. Files you saved in other places (exports, databases in other folders) are not touched either way.
de.DeleteUserData=DigiWandel wurde entfernt. Ihre Daten sind aber noch auf diesem Computer: die Datenbank, ihre Sicherungskopien, die Protokolldatei und Ihre Einstellungen. Sie liegen in diesem Ordner:%n%n%1%n%nMöchten Sie diesen Ordner und die DigiWandel-Einstellungen auch löschen? Das lässt sich nicht rückgängig machen.%n%nWählen Sie „Nein“, um Ihre Daten zu behalten, zum Beispiel für eine spätere Neuinstallation. Dateien, die Sie an anderen Orten gespeichert haben (Exporte, Datenbanken in anderen Ordnern), bleiben in jedem Fall erhalten.
en.DeleteUserDataFailed=Some files in this folder could not be deleted:%n%n%1%n%nPlease delete the folder yourself, for example after restarting the computer.
de.DeleteUserDataFailed=Einige Dateien in diesem Ordner konnten nicht gelöscht werden:%n%n%1%n%nBitte löschen Sie den Ordner selbst, zum Beispiel nach einem Neustart des Computers.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files left over from an older version
; (for example Qt plugins) would otherwise be loaded by the new one. The
; program folder holds no user data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: both .exe files and _internal\ with everything else.
Source: "{#BundleDir}*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\DigiWandel"; Filename: "{app}\DigiWandel.exe"
Name: "{autodesktop}\DigiWandel"; Filename: "{app}\DigiWandel.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DigiWandel.exe"; Description: "{cm:LaunchProgram,DigiWandel}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what Setup installed (the program folder and
; the shortcuts). The user's data in %APPDATA%\DigiWandel and the settings in
; HKCU\Software\DigiWandel stay unless the user agrees to delete them below.

[Code]
// True if the file is in use: Windows refuses write access to the .exe of a
// running program.
function FileInUse(const FileName: String): Boolean;
var
  Stream: TFileStream;
begin
  Result := False;
  if not FileExists(FileName) then
    Exit;
  try
    Stream := TFileStream.Create(FileName, fmOpenReadWrite or fmShareDenyNone);
    Stream.Free;
  except
    Result := True;
  end;
end;

function DigiWandelRunning: Boolean;
begin
  Result := FileInUse(ExpandConstant('{app}\DigiWandel.exe')) or
    FileInUse(ExpandConstant('{app}\digiwandel-cli.exe'));
end;

// CloseApplications works for Setup only; the uninstaller has no Restart
// Manager. Without this check the files of a running DigiWandel would simply
// be left behind ("some elements could not be removed").
function InitializeUninstall: Boolean;
begin
  Result := True;
  while Result and not UninstallSilent and DigiWandelRunning do
    Result := MsgBox(FmtMessage(SetupMessage(msgUninstallAppRunningError), ['DigiWandel']),
      mbError, MB_OKCANCEL) = IDOK;
end;

// After uninstalling, offer to delete the user's data and settings too.
// Default answer No; never asked in a silent uninstall.
// Skipped for an all-users (/ALLUSERS) install: its uninstaller runs as an
// administrator, whose profile may not be the one holding the data.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep <> usPostUninstall) or UninstallSilent or IsAdminInstallMode then
    Exit;
  DataDir := ExpandConstant('{userappdata}\DigiWandel');
  if not DirExists(DataDir) and not RegKeyExists(HKCU, 'Software\DigiWandel') then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]), mbConfirmation,
    MB_YESNO or MB_DEFBUTTON2 or MB_SETFOREGROUND) <> IDYES then
    Exit;
  if DirExists(DataDir) and not DelTree(DataDir, True, True, True) then
    MsgBox(FmtMessage(CustomMessage('DeleteUserDataFailed'), [DataDir]), mbError,
      MB_OK or MB_SETFOREGROUND);
  RegDeleteKeyIncludingSubkeys(HKCU, 'Software\DigiWandel');
end;
